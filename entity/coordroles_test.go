package entity

import "testing"

// TestPluralRoleApposition checks that a role noun written in the plural
// before "of" and a body, then a list of names in apposition, gives each
// listed name the role. The sentences are written for this test.
func TestPluralRoleApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Two ministers of Peru, Mark Dunn and Paul Reyes, resigned on Monday.",
			[]string{"Mark Dunn -work_for-> Peru", "Paul Reyes -work_for-> Peru"}, nil,
			"a plural role noun and its body before a list of names: each name holds the role"},
		{"The directors of Microsoft, Ann Lee, Mark Dunn and Paul Reyes, left in May.",
			[]string{"Ann Lee -lead-> Microsoft", "Mark Dunn -lead-> Microsoft", "Paul Reyes -lead-> Microsoft"}, nil,
			"the list may have more than two names"},
		{"The Senate has removed only two Presidents in the history of Peru, Mark Dunn and Paul Reyes.",
			[]string{"Mark Dunn -lead-> Peru", "Paul Reyes -lead-> Peru"}, nil,
			"\"in the history of\" stands between the role noun, here capitalised, and its body"},
		{"The president of Peru, Mark Dunn and Paul Reyes met on Monday.",
			nil, []string{"Mark Dunn -lead-> Peru", "Paul Reyes -lead-> Peru"},
			"a role in the singular before a list names neither"},
	})
}
