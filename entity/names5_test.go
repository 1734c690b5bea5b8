package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestPressOpener checks that a name of several words opening with
// "Daily" or "Weekly" is a publication's, not a person's, so that its
// editor works for it.
func TestPressOpener(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Daily Kestrel's editorial director, Ana Ruiz, said the paper would close.", "Daily Kestrel", schema.Person, schema.Organization, "a paper's name opening with Daily"},
		{"Ana Ruiz told Weekly Marlow that the plan would fail.", "Weekly Marlow", schema.Person, schema.Organization, "a magazine's name opening with Weekly"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Daily Kestrel's editorial director, Ana Ruiz, said the paper would close.",
			[]string{"Ana Ruiz -work_for-> Daily Kestrel"}, nil,
			"the editor of a paper opening with Daily"},
	})
}
