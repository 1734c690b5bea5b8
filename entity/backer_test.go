package entity

import "testing"

// TestBackerNoun checks that a backer's noun gives back, and that "one of
// the" before a relational noun is read as "one of" is, on sentences
// written for this test.
func TestBackerNoun(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nFellesforbundet, a key backer of the Labour Party, said it failed.",
			[]string{"Fellesforbundet -back-> Labour Party"}, nil,
			"an apposition: a backer of"},
		{"Strike\n\nThe Labour Party's main backer, Fellesforbundet, said it failed.",
			[]string{"Fellesforbundet -back-> Labour Party"}, nil,
			"a possessive before the noun"},
		{"Talks\n\nTom Wu is one of the closest allies of Ann Lee.",
			[]string{"Tom Wu -ally_of-> Ann Lee"}, nil,
			"one of the closest allies"},
	})
}
