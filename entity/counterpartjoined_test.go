package entity

import "testing"

// TestJoinedCounterpart checks that a nationality's counterpart joined by
// "and" to a titled name holds that name's relation toward the
// nationality's state, on sentences written for this test.
func TestJoinedCounterpart(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian President Tom Wu and Swedish counterpart Ann Lee have pledged to do more.",
			[]string{"Tom Wu -lead-> Norway", "Ann Lee -lead-> Sweden"}, nil,
			"a head of state's counterpart heads the other state"},
		{"Norwegian Foreign Minister Tom Wu and Swedish counterpart Ann Lee met in Oslo.",
			[]string{"Ann Lee -work_for-> Sweden"}, []string{"Ann Lee -lead-> Sweden"},
			"a minister's counterpart works for the other state"},
		{"Tom Wu and Swedish counterpart Ann Lee met in Oslo.",
			nil, []string{"Ann Lee -lead-> Sweden", "Ann Lee -work_for-> Sweden"},
			"an untitled name gives its counterpart no office"},
		{"Mexican President Tom Wu met Guatemalan counterpart Ann Lee on Monday.",
			[]string{"Tom Wu -meet-> Ann Lee", "Ann Lee -lead-> Guatemala"}, nil,
			"the counterpart a titled subject meets heads the other state"},
		{"Prime Minister Tom Wu called Swedish counterpart Ann Lee on Monday.",
			[]string{"Ann Lee -lead-> Sweden"}, nil,
			"so does the one he calls, his title naming no state"},
		{"Norwegian Foreign Minister Tom Wu spoke to Swedish counterpart Ann Lee.",
			[]string{"Ann Lee -work_for-> Sweden"}, []string{"Ann Lee -lead-> Sweden"},
			"a minister's counterpart he speaks to works for the other state"},
	})
}
