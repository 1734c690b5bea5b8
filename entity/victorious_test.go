package entity

import "testing"

// TestVictoriousOver checks that a verb of winning's adjective and "over"
// or "against" an actor gives a defeat, on sentences written for this
// test.
func TestVictoriousOver(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Primary\n\nAnn Lee emerged victorious over Tom Wu in the Halden primary.",
			[]string{"Ann Lee -defeat-> Tom Wu"}, nil,
			"emerged victorious over an actor"},
		{"Final\n\nThe Halvik Tigers were triumphant against the Velby Bears on Sunday.",
			[]string{"Halvik Tigers -defeat-> Velby Bears"}, nil,
			"a copula, triumphant and against"},
		{"Vote\n\nAnn Lee was victorious in the vote, and Tom Wu conceded.",
			nil, []string{"Ann Lee -defeat-> Tom Wu"},
			"victorious with no over or against names no loser"},
	})
}
