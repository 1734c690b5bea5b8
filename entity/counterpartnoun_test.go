package entity

import "testing"

// TestNounCounterpart checks that a state named by a noun before
// "counterpart" ("his UK counterpart", "her US counterpart") gives the
// counterpart the possessor's post toward that state, as a nationality
// does, on sentences written for this test.
func TestNounCounterpart(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The President of Norway Tom Wu met today with his UK counterpart Ann Lee in Oslo.",
			[]string{"Ann Lee -lead-> United Kingdom"}, []string{"Ann Lee -from-> United Kingdom"},
			"a head of state's counterpart named by a state noun heads that state"},
		{"Norwegian Foreign Minister Tom Wu held talks with his US counterpart, Ann Lee.",
			[]string{"Ann Lee -work_for-> United States"}, []string{"Ann Lee -lead-> United States"},
			"a minister's counterpart works for the state"},
		{"Tom Wu met his UK friend Ann Lee in Oslo.",
			nil, []string{"Ann Lee -lead-> United Kingdom", "Ann Lee -work_for-> United Kingdom"},
			"no counterpart, no post"},
	})
}
