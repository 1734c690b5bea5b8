package entity

import "testing"

// TestProtestOf covers an act done in protest of an actor's act read as
// one object with "protest", and a ruler's declaration as an act.
func TestProtestOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee resigned in protest of Tom Wu's decision.",
			[]string{"Ann Lee -protest-> Tom Wu"},
			nil,
			"in protest of an actor's decision"},
		{"Kim Ek resigned in protest of Ola Berg's martial law declaration.",
			[]string{"Kim Ek -protest-> Ola Berg"},
			nil,
			"a declaration is its maker's act"},
	})
}
