package entity

import "testing"

// TestTitleAndRoleOfBody covers an apposition of a capitalised title,
// "and" and a lower-case role of a body, on invented sentences: the body
// after "of" is the second role's, not the title's.
func TestTitleAndRoleOfBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, former Foreign Secretary and mayor of Bristol, agreed.",
			[]string{"Tom Wu -lead-> Bristol"}, []string{"Tom Wu -work_for-> Bristol"},
			"the mayor heads the town; the title is no post of it"},
		{"Ann Lee, President and chief executive of the Halvik Group, spoke.",
			[]string{"Ann Lee -lead-> Halvik Group"}, nil,
			"two roles of the same body"},
		{"Tom Wu, a Regents Professor and chemist at Oslo University, spoke.",
			[]string{"Tom Wu -work_for-> Oslo University"}, nil,
			"a second word that names no role leaves the first role the body's"},
	})
}
