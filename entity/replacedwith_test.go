package entity

import "testing"

// TestReplacedWith checks that the one an actor is replaced with
// replaces the actor, on sentences written for this test.
func TestReplacedWith(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Harbor Party board voted to remove Lars Holm and replace him with Mia Berg.",
			[]string{"Mia Berg -replace-> Lars Holm"}, nil,
			"a pronoun replaced with a named person"},
		{"The council replaced Lars Holm with Mia Berg on Monday.",
			[]string{"Mia Berg -replace-> Lars Holm"}, nil,
			"a name replaced with another"},
		{"The council wants to replace Lars Holm with Mia Berg.",
			nil, []string{"Mia Berg -replace-> Lars Holm"},
			"a wish is no replacement"},
	})
}
