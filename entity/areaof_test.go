package entity

import "testing"

// TestAreaOf covers a place named with its kind after it ("the Bergen
// area") as the actor after an act noun's preposition.
func TestAreaOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian strikes on the Bergen area killed ten.",
			[]string{"Norway -strike-> Bergen"},
			nil,
			"strikes on a place's area"},
		{"Norway's talks with the Bergen area council ended.",
			nil,
			[]string{"Norway -talk_with-> Bergen"},
			"the area names a council, not the place"},
	})
}
