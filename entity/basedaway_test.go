package entity

import "testing"

// TestBasedAway checks that "the Tokyo-based company" takes up no body
// the document placed in another state before, but the one it may be,
// on sentences written for this test.
func TestBasedAway(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norden Corp. has agreed to buy a stake in Indian energy developer Halvik Energy Holdings for $980 million. Under the deal, the Tokyo-based company will acquire new shares.",
			[]string{"Norden Corp -locate_in-> Tokyo"}, []string{"Halvik Energy Holdings -locate_in-> Tokyo"},
			"the Indian developer is no Tokyo-based company"},
		{"Japan's Norden Corp. has agreed to buy a stake in Indian energy developer Halvik Energy Holdings for $980 million. Under the deal, the Tokyo-based company will acquire new shares.",
			[]string{"Norden Corp -locate_in-> Tokyo"}, []string{"Halvik Energy Holdings -locate_in-> Tokyo"},
			"a body placed in the state that holds the town may be"},
		{"Norden Corp. has agreed to buy a stake in energy developer Halvik Energy Holdings for $980 million. Under the deal, the Tokyo-based company will acquire new shares.",
			[]string{"Halvik Energy Holdings -locate_in-> Tokyo"}, nil,
			"no body placed anywhere: the most recent, as before"},
	})
}
