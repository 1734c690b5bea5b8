package entity

import "testing"

// TestTownHeadsOfState checks that a mayor or a governor written after a
// state's adjective serves the state and does not lead it, on sentences
// written for this test.
func TestTownHeadsOfState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police arrested the dismissed Norwegian mayor, Ann Lee, on Tuesday.",
			[]string{"Ann Lee -work_for-> Norway"}, []string{"Ann Lee -lead-> Norway"},
			"an apposed mayor"},
		{"Norwegian mayor Ann Lee said the town would rebuild.",
			[]string{"Ann Lee -work_for-> Norway"}, []string{"Ann Lee -lead-> Norway"},
			"a titled mayor"},
		{"A Nigerian governor, Tom Wu, was arrested on Monday.",
			[]string{"Tom Wu -work_for-> Nigeria"}, []string{"Tom Wu -lead-> Nigeria"},
			"a governor of one of the state's regions"},
		{"Norwegian President Ann Lee met Tom Wu.",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"a state's head still leads it"},
	})
}
