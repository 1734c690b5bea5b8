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
		{"Debate held\n\nTom Wu wondered how Norway can train people to be killers and then expect them to rejoin civilian life.",
			nil, []string{"Tom Wu -blame-> Norway"},
			"how opens a question"},
		{"Debate held\n\nTom Wu said Norway can train people to be killers and then expect them to rejoin civilian life.",
			[]string{"Tom Wu -blame-> Norway"}, nil,
			"the clause said still blames"},
	})
}

// TestSecretaryOfPortfolio checks that a portfolio after "Secretary of"
// ("the Secretary of Justice for Halvik") is part of the title, no body
// the secretary works for, as after "Minister of", while a body's name
// after "secretary of" still is, on documents written for this test.
func TestSecretaryOfPortfolio(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Governor resigns\n\nThe governor is to be replaced by Ann Lee, the Secretary of Justice for Halvik.",
			nil, []string{"Ann Lee -work_for-> Justice"},
			"a portfolio after Secretary of"},
		{"Governor resigns\n\nTom Wu, the Secretary of Health of Halvik, said the plan would work.",
			nil, []string{"Tom Wu -work_for-> Health"},
			"a portfolio, then the state"},
		{"Club meets\n\nAnn Lee, the secretary of the Halvik Chess Club, said the plan would work.",
			[]string{"Ann Lee -work_for-> Halvik Chess Club"}, nil,
			"a body's name after secretary of"},
		{"Minister resigns\n\nThe governor is to be replaced by Ann Lee, the Secretary of Justice for Norway.",
			[]string{"Ann Lee -work_for-> Norway"}, []string{"Ann Lee -work_for-> Justice"},
			"a portfolio, then for the state"},
		{"Minister speaks\n\nTom Wu, the Minister of Foreign Affairs for New Zealand, said the plan would work.",
			[]string{"Tom Wu -work_for-> New Zealand"}, nil,
			"a portfolio of two words, then for the state"},
		{"Minister speaks\n\nTom Wu, the Secretary of State for Scotland, said the plan would work.",
			nil, []string{"Tom Wu -work_for-> Scotland"},
			"no portfolio: a state's minister for a region"},
		{"Envoy speaks\n\nAnn Lee, the envoy for Norway, said the plan would work.",
			nil, []string{"Ann Lee -work_for-> Norway"},
			"an envoy for a state is no office of it"},
	})
}
