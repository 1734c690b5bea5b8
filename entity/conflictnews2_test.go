package entity

import "testing"

// TestStateForcePossessive checks that a state's possessive before its
// army, troops or forces states that the force is part of the state, on
// invented reports.
func TestStateForcePossessive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's army attacked Malmo on Monday.",
			[]string{"Norwegian army -part_of-> Norway", "Norwegian army -attack-> Malmo"}, nil,
			"a state's possessive before army"},
		{"Eleven members of Norway's paramilitary forces were wounded.",
			[]string{"Norwegian troops -part_of-> Norway"}, nil,
			"a state's possessive before forces"},
	})
}
