package entity

import "testing"

// TestPartySpeakerApposed checks that a party's adjective before
// "Speaker of" a body in an apposition makes the person a member of the
// party, as it does before any other post in another body ("the
// Republican chair of"), on documents written for this test.
func TestPartySpeakerApposed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Vote delayed\n\nTom Wu, the Republican Speaker of the Assembly, announced the vote.",
			[]string{"Tom Wu -member_of-> Republican Party"}, nil,
			"a party's speaker of a body"},
		{"Vote delayed\n\nAnn Lee, the Republican speaker of the Halvik Council, announced the vote.",
			[]string{"Ann Lee -member_of-> Republican Party"}, nil,
			"the lower-case noun too"},
		{"Vote delayed\n\nTom Wu, the Republican speaker at the rally, announced the vote.",
			nil, []string{"Tom Wu -member_of-> Republican Party"},
			"a speaker at an event holds no post"},
	})
}
