package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOfficialStateNames checks that a state's official long name ("the
// Slovak Republic", "the Hellenic Republic") names the state, so that its
// leader leads it and a pronoun after it finds the leader, on sentences
// written for this test.
func TestOfficialStateNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Prime Minister Tomas Vrba of the Slovak Republic said on Friday he had met Ann Lee. A week earlier he attended a summit with President Marek Holm.",
			[]string{"Tomas Vrba -lead-> Slovakia", "Tomas Vrba -meet-> Ann Lee"}, []string{"Republic -meet-> Ann Lee"},
			"the official name of Slovakia"},
		{"The Hellenic Republic accused Turkey of provocations on Monday.",
			[]string{"Greece -accuse-> Turkey"}, nil,
			"the official name of Greece"},
	})
}
