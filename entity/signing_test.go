package entity

import "testing"

// TestHeldSigningIsSignWith checks that a signing held with an actor
// gives sign_with, not the empty hold_with, on documents written for this
// test.
func TestHeldSigningIsSignWith(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held a special signing with Sweden on Monday.",
			[]string{"Norway -sign_with-> Sweden"}, []string{"Norway -hold_with-> Sweden"},
			"a signing held with"},
		{"Norway's signing with Sweden was praised by Tom Wu.",
			[]string{"Norway -sign_with-> Sweden"}, nil,
			"a possessor's signing"},
	})
}
