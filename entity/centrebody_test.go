package entity

import "testing"

// TestCentreBody: a centre is a body that a nationality places, before
// its name or in its apposition, as a group or an institute is ("Swedish
// research center Lund Institute", "Kelso Trust, a Danish research
// center,"); on invented stories.
func TestCentreBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Swedish research center Lund Institute published the study.",
			[]string{"Lund Institute -locate_in-> Sweden"}, nil,
			"a nationality and a centre before the name"},
		{"The report was written by Kelso Trust, a Danish research centre.",
			[]string{"Kelso Trust -locate_in-> Denmark"}, nil,
			"a nationality and a centre in the apposition"},
	})
}
