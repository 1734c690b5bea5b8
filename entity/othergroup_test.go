package entity

import "testing"

// TestOtherGroupNoAntecedent covers "other" before a group noun ("4,800
// other peacekeepers"): a group beside the one named before.
func TestOtherGroupNoAntecedent(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The UN peacekeepers are from Sweden and are in Norway along with 400 other peacekeepers from several countries including Denmark and Finland.",
			[]string{"UN peacekeepers -from-> Sweden"}, []string{"UN peacekeepers -from-> Denmark", "UN peacekeepers -from-> Finland"},
			"other peacekeepers"},
		{"Norwegian troops attacked Halden. The troops killed Tom Wu.",
			[]string{"Norwegian troops -kill-> Tom Wu"}, nil,
			"without 'other' the group is the one before"},
	})
}
