package entity

import "testing"

// TestSeizedFrom covers a seizure, a capture or an annexation of a place
// from an actor named after "from".
func TestSeizedFrom(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's seizure of Crimea from Sweden angered Finland.",
			[]string{"Norway -seize-> Crimea", "Norway -seize_from-> Sweden"},
			nil,
			"a seizure from an actor"},
		{"Norway's invasion of Sweden from Finland began.",
			nil,
			[]string{"Norway -invade_from-> Finland"},
			"an invasion from a place is launched there"},
	})
}
