package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGeneralTitles covers offices written with "-general" in an
// apposition and before a name, on invented stories.
func TestGeneralTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Health news\n\nThe World Health Organization praised the response. Its director-general, Ann Lee, called it an example.",
			[]string{"Ann Lee -lead-> World Health Organization"}, nil,
			"a possessive pronoun and director-general in apposition"},
		{"UN news\n\nThe United Nations met on Monday. UN secretary-general Tom Wu said the talks had failed.",
			[]string{"Tom Wu -lead-> United Nations"}, nil,
			"a lower-case secretary-general before the name"},
	})
}
