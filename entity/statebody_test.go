package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStateBodyOf checks that a body's name that opens with its state's
// name and goes on with "of" or "for" after its head noun is one name:
// the person of the body heads or works for the body, not the state.
func TestStateBodyOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Monday, Director Karl Brenner of the United States National Institute of Marine and Coastal Studies (NIMCS), announced the survey was over.",
			[]string{"Karl Brenner -lead-> United States National Institute of Marine and Coastal Studies"},
			[]string{"Karl Brenner -lead-> United States", "Karl Brenner -lead-> National Institute of Marine and Coastal Studies"},
			"a title, a name and of a state's body spelled by an acronym"},
		{"Ann Lee, director of the Norway Institute for Peace, spoke in Halvik.",
			[]string{"Ann Lee -lead-> Norway Institute for Peace"},
			[]string{"Ann Lee -lead-> Norway"},
			"an apposition's title of a state's body with for"},
		{"Tom Wu of the Norway Ministry of Fisheries met the press.",
			[]string{"Tom Wu -work_for-> Norway Ministry of Fisheries"},
			[]string{"Tom Wu -work_for-> Norway"},
			"a name of a state's ministry"},
	})
}
