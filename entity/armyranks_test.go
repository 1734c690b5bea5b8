package entity

import "testing"

// TestArmyRankApposition checks that an apposition naming an officer's or a
// soldier's rank in an army or a navy ("a former Army colonel", "a Navy
// lieutenant") makes its holder serve in that force, on sentences written for
// this test.
func TestArmyRankApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, an Army colonel, spoke on Monday.",
			[]string{"Tom Wu -work_for-> Army"}, nil, "a colonel"},
		{"Democrat Tom Wu, a lawyer and former Army colonel, was elected in 2012.",
			[]string{"Tom Wu -work_for-> Army", "Tom Wu -member_of-> Democratic Party"}, nil, "a former colonel after another noun"},
		{"Ann Lee, a Navy lieutenant, met Tom Wu in Oslo.",
			[]string{"Ann Lee -work_for-> Navy", "Ann Lee -meet-> Tom Wu"}, nil, "a lieutenant"},
		{"Tom Wu, a soldier in the Swedish Army, was killed.",
			[]string{"Tom Wu -work_for-> Swedish Army"}, nil, "a soldier in a named army"},
	})
}
