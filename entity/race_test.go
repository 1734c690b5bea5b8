package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLeadInRace checks that one person leading another is ahead in a
// race, not his head, on sentences written for this test.
func TestLeadInRace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In the latest poll, Ann Lee led Tom Wu 47 percent to 40 percent.",
			[]string{"Ann Lee -be_ahead_of-> Tom Wu"}, []string{"Ann Lee -lead-> Tom Wu"},
			"a poll's lead"},
		{"Per Lund led the Harbor Party for ten years.",
			[]string{"Per Lund -lead-> Harbor Party"}, nil,
			"a person leads a body"},
	})
}
