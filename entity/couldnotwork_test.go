package entity

import "testing"

// TestCouldNotWork checks that "could not" before a verb of working
// together states a failure (not_work_with), as it does for an agreement,
// while "could" alone states no act, on sentences written for this test.
func TestCouldNotWork(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Per Holm resigned, stating he could not work with Ann Lee.",
			[]string{"Per Holm -not_work_with-> Ann Lee"}, nil,
			"a failure to work together"},
		{"Per Holm could not cooperate with Sweden.",
			[]string{"Per Holm -not_cooperate_with-> Sweden"}, nil,
			"nor to cooperate"},
		{"Per Holm could work with Ann Lee.",
			nil, []string{"Per Holm -work_with-> Ann Lee"},
			"a possibility only"},
	})
}
