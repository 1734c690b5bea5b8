package entity

import "testing"

// TestPoliceOfPlaceRank checks that "Police" after a place's name and
// before a rank ends the force's name.
func TestPoliceOfPlaceRank(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Oslo Police Constable Tom Wu said the drug was dangerous.",
			[]string{"Tom Wu -work_for-> Oslo Police"}, []string{"Tom Wu -work_for-> Oslo"},
			"the force's name before the rank"},
		{"Oslo Police Chief Ann Lee said the drug was dangerous.",
			[]string{"Ann Lee -lead-> Oslo Police"}, nil,
			"a leading rank"},
	})
}
