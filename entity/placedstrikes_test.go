package entity

import "testing"

// TestStrikesPlacedByIn checks that a state's full name opening the phrase
// of strikes after "in" says where they fell, while its initials or its
// adjective still name who struck.
func TestStrikesPlacedByIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was killed in Lebanon strikes on Friday.",
			nil, []string{"Lebanon -kill-> Tom Wu"},
			"the state's name after in: where the strikes fell"},
		{"Tom Wu was killed in US strikes on Friday.",
			[]string{"United States -kill-> Tom Wu"}, nil,
			"its initials: who struck"},
		{"Tom Wu was killed in Norwegian strikes on Friday.",
			[]string{"Norway -kill-> Tom Wu"}, nil,
			"its adjective: who struck"},
	})
}
