package entity

import "testing"

// TestCountBound checks that a bound on a count ("more than", "fewer than")
// before a group named by its affiliation or nationality leaves the group
// the act's object, as a bare count does; an amount stays no actor.
func TestCountBound(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian police detained more than 40 Greenpeace activists in Bergen on Sunday.",
			[]string{"Norwegian police -detain-> Greenpeace activists"}, nil,
			"more than before a count of a body's activists"},
		{"Israeli forces killed fewer than 20 Palestinians in Jenin.",
			[]string{"Israeli forces -kill-> Palestinians"}, nil,
			"fewer than before a count of a nationality's people"},
	})
}
