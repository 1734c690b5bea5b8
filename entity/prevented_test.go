package entity

import "testing"

// TestPreventedActs checks that a verb of blocking before a noun of an
// outcome ("blocked Globex's takeover of Initech") gives no fact of that
// outcome, while a bid so blocked was still made, on sentences written for
// this test.
func TestPreventedActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Merger\n\nThe Velby Markets Authority blocked Globex's takeover of Initech on Monday.",
			nil, []string{"Globex -take_over-> Initech"},
			"a possessor's takeover, blocked"},
		{"Merger\n\nRegulators in Velby vetoed the merger of Acme and Umbra.",
			nil, []string{"Acme -merge_with-> Umbra"},
			"a merger of two bodies, vetoed"},
		{"Merger\n\nThe board rejected Vantor's bid for Kestrel.",
			[]string{"Vantor -bid_for-> Kestrel"}, nil,
			"a bid rejected was still made"},
		{"Merger\n\nGlobex announced its takeover of Initech on Monday.",
			[]string{"Globex -take_over-> Initech"}, nil,
			"a takeover not blocked"},
	})
}
