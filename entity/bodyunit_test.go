package entity

import "testing"

// TestBodyUnitAgent covers a body's name and a lower-case word for one of
// its units ("the Oslo Police traffic unit"): the unit acts for the body.
func TestBodyUnitAgent(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was arrested by the Oslo Police traffic unit.",
			[]string{"Oslo Police -arrest-> Tom Wu"}, nil,
			"a unit after the force's name"},
		{"Tom Wu was arrested by the Oslo Police anti-terror squad.",
			[]string{"Oslo Police -arrest-> Tom Wu"}, nil,
			"a hyphenated field before the unit"},
		{"Tom Wu met the Oslo Police officers.",
			nil, []string{"Tom Wu -meet-> Oslo Police"},
			"officers are no unit"},
	})
}
