package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStatedOwnGovernment checks that a state's own government named by
// the state's possessive ("Norway's government", "their government") is
// no stated part of the state, as "the Norwegian government" is not,
// while another body the possessive names still is, on sentences written
// for this test.
func TestStatedOwnGovernment(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway's government thanked Tom Wu on Monday.",
			[]string{"Norwegian government -thank-> Tom Wu"}, []string{"Norwegian government -part_of-> Norway"},
			"a state's possessive before government: the state's own government"},
		{"Officials from Peru said their government had expelled Ann Lee.",
			nil, []string{"Peruvian government -part_of-> Peru"},
			"a pronoun's possessive for the state before government"},
		{"Chile's Civil Defense Authority warned Tom Wu.",
			[]string{"Civil Defense Authority -part_of-> Chile"}, nil,
			"a state's possessive before another body of the state: part of it"},
	})
}
