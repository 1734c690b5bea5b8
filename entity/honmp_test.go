package entity

import "testing"

// TestHonourableAndSeatLetters checks a minister written with the
// Commonwealth style before the name and the letters of a seat after it
// ("the Minister of Trade Hon. Sione Vake MP"): the person is the actor of
// the clause, and neither word is part of the name or an office of its own.
func TestHonourableAndSeatLetters(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Mele Tuipulotu is accompanied by the Minister of Trade Hon. Sione Vake MP to Tokyo.",
			[]string{"Sione Vake -accompany-> Mele Tuipulotu", "Sione Vake -work_for-> Ministry of Trade"},
			[]string{"MP of Ministry of Trade -accompany-> Mele Tuipulotu", "Hon. Sione Vake -work_for-> Ministry of Trade"},
			"the style before the name, the seat's letters after it"},
		{"Sione Vake MP criticised the Tongan government on Monday. Vake later met Ann Lee.",
			[]string{"Sione Vake -criticise-> Tongan government", "Sione Vake -meet-> Ann Lee"}, nil,
			"a name the tagger does not know, with the seat's letters after it, is the subject"},
	})
}
