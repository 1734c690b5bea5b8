package entity

import "testing"

// TestActOfThemeByAgent covers a stance toward an act noun with an
// of-phrase (and an as-phrase) before its by-phrase, on invented
// sentences: the stance is toward the doer the by-phrase names.
func TestActOfThemeByAgent(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway condemned the annexation of Velmora by Sweden.",
			[]string{"Norway -condemn-> Sweden", "Sweden -annex-> Velmora"}, nil,
			"the act noun before its of-phrase"},
		{"Tom Wu attacked the proclamation of Velmora as Swedish territory by Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil,
			"an as-phrase between the of-phrase and the by-phrase"},
		{"Tom Wu criticised the declaration by Ann Lee.",
			[]string{"Tom Wu -criticise-> Ann Lee"}, nil,
			"a declaration is an act of its maker"},
		{"Tom Wu criticised the leader of the party by the river.",
			nil, []string{"Tom Wu -criticise-> river"},
			"no act noun before the of-phrase"},
	})
}
