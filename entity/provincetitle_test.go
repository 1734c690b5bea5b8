package entity

import "testing"

// TestTitleOfDivision checks a title of a place written with its division
// noun right before the holder's name (a noun for a kind of place that
// announces a name is TestPlaceNames's).
func TestTitleOfDivision(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The governor of Kandahar province Tom Wu said the attack had ended.",
			[]string{"Tom Wu -lead-> Kandahar"}, nil,
			"the division noun ends the place's name, not a noun that announces a place's"},
		{"The mayor of Bergen Tom Wu said the attack had ended.",
			[]string{"Tom Wu -lead-> Bergen"}, nil,
			"without the division noun, as before"},
	})
}
