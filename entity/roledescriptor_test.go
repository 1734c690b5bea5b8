package entity

import "testing"

// TestRoleOfDescribedName checks that a role "of" a name read through
// lower-case words that describe the name ("governor of southeast Halvik
// State", "chief of banking group Velmar Bank", "governor of U.S. state of
// Ohio") is the role at the name, as "governor of Halvik State" is, on
// sentences written for this test.
func TestRoleOfDescribedName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, a former governor of southeast Anambra State, won six million votes.",
			[]string{"Tom Wu -lead-> Anambra State"}, nil,
			"a compass word before the state"},
		{"Ann Lee, the governor of northern Kaduna State, spoke on Monday.",
			[]string{"Ann Lee -lead-> Kaduna State"}, nil,
			"a compass adjective before the state"},
		{"Tom Wu, the chief executive of banking institution Velmar Capital, said on Monday that sales fell.",
			[]string{"Tom Wu -lead-> Velmar Capital"}, nil,
			"a description of the body before its name"},
		{"Tom Wu, former governor of U.S. state of Ohio, was sentenced on Tuesday to two years in prison.",
			[]string{"Tom Wu -lead-> Ohio"}, []string{"Tom Wu -work_for-> Ohio"},
			"the kind of place without an article"},
		{"Supporters celebrated the victory of Tom Wu, a former governor of Norway's economic capital Bergen, on Monday.",
			nil, []string{"Tom Wu -work_for-> Norway", "Tom Wu -lead-> Norway"},
			"the state's possessive names where its place is, not the role's body"},
		{"Ann Lee, director of communications Velmar Bank, spoke on Monday.",
			nil, []string{"Ann Lee -lead-> Velmar Bank"},
			"a portfolio noun after of is the role's, not the body's description"},
	})
}
