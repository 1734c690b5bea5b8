package entity

import "testing"

// TestInteriorPortfolio covers "Interior" as a minister's portfolio,
// after "of" and after "of the": part of the title, never an actor of
// its own.
func TestInteriorPortfolio(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Spanish Minister of Interior, Tom Wu, appealed for calm.",
			[]string{"Tom Wu -work_for-> Spain"}, []string{"Tom Wu -work_for-> Interior"},
			"of Interior after a nationality"},
		{"The Spanish Minister of the Interior, Tom Wu, appealed for calm.",
			[]string{"Tom Wu -work_for-> Spain"}, nil,
			"of the Interior after a nationality"},
		{"Norway's Minister of the Environment, Ann Lee, resigned on Monday.",
			[]string{"Ann Lee -work_for-> Norway"}, nil,
			"of the Environment after a state's possessive"},
	})
}
