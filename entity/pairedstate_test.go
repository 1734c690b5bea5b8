package entity

import "testing"

// TestPairedState checks that a hyphenated pair of states names both for
// the office a known person's title holds, and that a pair of towns does
// not, on sentences written for this test.
func TestPairedState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Fumio Kishida met President Ana Ruiz.\nThey discussed the Japan-Peru relationship.",
			[]string{"Fumio Kishida -lead-> Japan"}, nil,
			"the state named only in the pair"},
		{"Prime Minister Fumio Kishida opened the Kyoto-Osaka line on Monday.",
			nil, []string{"Fumio Kishida -lead-> Japan"},
			"a pair of towns names no state"},
	})
}
