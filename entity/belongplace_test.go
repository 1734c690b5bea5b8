package entity

import "testing"

// TestPlaceBelongsTo covers "belong to" between two places, on invented
// sentences: a place belongs to a state as its part, and a state or a
// person belongs to a body as a member.
func TestPlaceBelongsTo(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The island of Velmora belongs to Norway.",
			[]string{"Velmora -part_of-> Norway"}, []string{"Velmora -member_of-> Norway"},
			"a place belongs to a state as its part"},
		{"The talks concern the island of Velmora, which belonged to Sweden until 1905.",
			[]string{"Velmora -part_of-> Sweden"}, nil,
			"in a relative clause"},
		{"Norway belongs to the Nordic Council. Tom Wu belongs to the Green Party.",
			[]string{"Norway -member_of-> Nordic Council", "Tom Wu -member_of-> Green Party"}, nil,
			"a state or a person belongs to a body as a member"},
	})
}
