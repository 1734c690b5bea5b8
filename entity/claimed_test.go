package entity

import "testing"

// TestClaimedActIsNoFact checks that an act the subject only claims or
// pretends to do ("claiming to represent the ministry", "pretended to work
// for Globex") gives no fact, while a claim to have done an act stays a
// report of it, on documents written for this test.
func TestClaimedActIsNoFact(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu met Bob Smith, claiming to represent the Halvik Council, in Oslo.",
			[]string{"Tom Wu -meet-> Bob Smith"}, []string{"Tom Wu -represent-> Halvik Council"},
			"a claim in a participle phrase"},
		{"Ann Lee pretended to work for Globex Corporation for two years.",
			nil, []string{"Ann Lee -work_for-> Globex Corporation"},
			"a pretence"},
		{"Bob Smith, who claims to speak for the Varden Party, attacked Ann Lee.",
			[]string{"Bob Smith -attack-> Ann Lee"}, []string{"Bob Smith -speak_for-> Varden Party"},
			"a claim in a relative clause"},
		{"Tom Wu claimed to have met Ann Lee in Oslo.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"a claim to have done an act reports it"},
	})
}
