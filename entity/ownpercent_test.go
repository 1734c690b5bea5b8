package entity

import "testing"

// TestOwnsPercentIn checks that a holder who owns or holds a share of a
// company given as a percentage ("owns 25.51 percent in Halvik Motors")
// owns a stake in it, as "owns a stake in" says, on sentences written for
// this test.
func TestOwnsPercentIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Velmar Holdings already owns 25.51 percent in Halvik Motors, after it raised its stake in October.",
			[]string{"Velmar Holdings -own_stake_in-> Halvik Motors"}, nil,
			"owns a percentage in"},
		{"Velmar Holdings holds 12 percent in Halvik Bank after buying shares in May.",
			[]string{"Velmar Holdings -own_stake_in-> Halvik Bank"}, nil,
			"holds a percentage in"},
		{"Velmar Holdings won 40 percent in the vote against Halvik Bank.",
			nil, []string{"Velmar Holdings -own_stake_in-> Halvik Bank"},
			"a share of a vote is no stake"},
	})
}
