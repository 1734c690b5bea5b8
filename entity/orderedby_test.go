package entity

import "testing"

// TestOrderedOfBody covers an active order or request for a piece of work
// that a by-phrase gives a body to do: the subject orders or asks the
// body, as with the body for the verb's object; not a passive's agent, a
// deadline or a negated order.
func TestOrderedOfBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu said he had ordered safety checks on schools across Norway by the Oslo Fire Brigade.",
			[]string{"Tom Wu -order-> Oslo Fire Brigade"}, nil, "checks by a body"},
		{"Ann Lee requested a review by the Norwegian Ministry of Health.",
			[]string{"Ann Lee -request-> Norwegian Ministry of Health"}, nil, "a request"},
		{"Tom Wu was ordered by the Oslo District Court to pay a fine.",
			[]string{"Oslo District Court -order-> Tom Wu"}, []string{"Tom Wu -order-> Oslo District Court"}, "a passive"},
		{"Tom Wu did not order an inquiry by the Oslo Police.",
			nil, []string{"Tom Wu -order-> Oslo Police"}, "negated"},
	})
}
