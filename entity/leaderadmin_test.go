package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLeaderAdministration checks a government named by a well-known
// leader's surname alone, and "the administration" that takes it up, on
// sentences written for this test.
func TestLeaderAdministration(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Yesterday the Trump administration sold jets to Ukraine.",
			[]string{"Trump administration -sell_jets_to-> Ukraine"}, nil,
			"a well-known leader's surname alone before administration names a government"},
		{"The Biden administration sanctioned Russia.",
			[]string{"Biden administration -sanction-> Russia"}, nil,
			"at the opening of a sentence"},
		{"Governor Tom Wu spoke in Albany. Wu said the Obama administration built the dam. " +
			"Wu visited the dam on Monday. Wu met farmers. Wu thanked the workers. " +
			"The administration also sanctioned Russia.",
			nil, []string{"Obama administration -sanction-> Russia"},
			"the administration of a leader the report names far less than another is not the one meant"},
	})
}
