package entity

import "testing"

// TestNextAct covers a second event noun joined by "and" after the actor
// of the first, with its own preposition and actor: the possessor did
// both acts.
func TestNextAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's annexation of Crimea and support for Kenya angered Sweden.",
			[]string{"Norway -annex-> Crimea", "Norway -support-> Kenya"},
			nil,
			"the possessor of the first act did the second"},
		{"Tom Wu's meeting with Ann Lee and arrest by the Oslo police shocked Norway.",
			[]string{"Tom Wu -meet_with-> Ann Lee"},
			[]string{"Tom Wu -arrest-> Oslo police"},
			"a second act whose possessor underwent it is left out"},
	})
}
