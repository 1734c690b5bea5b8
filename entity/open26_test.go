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

// TestIndirectQuestionJudgesNoOne checks that a clause asked about
// ("wondered how Norway can train killers") imputes no blame or urging to
// its asker, as the same clause said does, on documents written for this
// test.
func TestIndirectQuestionJudgesNoOne(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Debate held\n\nTom Wu wondered how Norway can train people to be killers and then expect them to return to society.",
			nil, []string{"Tom Wu -blame-> Norway"},
			"how opens a question"},
		{"Debate held\n\nTom Wu said Norway can train people to be killers and then expect them to return to society.",
			[]string{"Tom Wu -blame-> Norway"}, nil,
			"the clause said still blames"},
	})
}
