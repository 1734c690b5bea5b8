package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNameCutByVerb checks that a verb the extractor finds inside a name
// ("Planned Parenthood" read as "planned" and its object "Parenthood")
// gives no fact with the rest of the name as object. The sentences are
// written for this test.
func TestNameCutByVerb(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Planned Parenthood, along with the Sierra Club have announced their plans to oppose the law.",
			nil, []string{"Sierra Club -plan-> Planned Parenthood"}, "a verb opening a name"},
		{"Groups sue. Planned Parenthood, along with the Sierra Club have announced their plans to oppose the law.",
			nil, []string{"Sierra Club -plan-> Planned Parenthood"}, "a verb opening a name after a headline"},
		{"Groups sue. Planned Parenthood sued the Sierra Club on Monday.",
			[]string{"Planned Parenthood -sue-> Sierra Club"}, nil, "a subject cut at the same verb still names its actor"},
	})
}
