package entity

import "testing"

// TestOwnedForce checks that a lone unknown name between a body's
// possessive and a noun for the body's own force, mission or agency ("the
// UN's Velmoru peacekeeping force") is a body that is part of the
// possessor, not a person who is its member, on sentences written for this
// test.
func TestOwnedForce(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu condemned the attack on the UN's Velmoru peacekeeping force.",
			[]string{"Velmoru -part_of-> United Nations"}, []string{"Velmoru -member_of-> United Nations"},
			"a peacekeeping force"},
		{"The EU's Velmor agency sent three ships to Malta.",
			[]string{"Velmor -part_of-> European Union", "Velmor -send_to-> Malta"}, nil,
			"an agency"},
		{"The Velmor militia attacked Goma on Monday.",
			[]string{"Velmor -attack-> Goma"}, nil,
			"a lone word before a group's noun after \"the\""},
		{"Tom Wu criticised the party's Velmor nomination.",
			nil, []string{"Velmor -part_of-> party"},
			"a noun of no body after the name names what the possessor holds"},
	})
}
