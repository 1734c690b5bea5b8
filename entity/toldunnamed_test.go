package entity

import "testing"

// TestToldUnnamedSpeaker covers a quotation opened by "X told Y," whose
// subject X is no actor: Y is the one spoken to, never the speaker, on
// invented stories.
func TestToldUnnamedSpeaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway was hit by floods. The Norwegian government sent aid.\nOne woman told Reuters, \"I have nothing. The government should give us money to buy houses.\"",
			nil, []string{"Reuters -urge-> Norwegian government"},
			"an unnamed woman's words are not the agency's"},
		{"The Norwegian government sent aid to Sweden.\nThe minister told Reuters, \"We will help Sweden.\"",
			nil, []string{"Reuters -help-> Sweden"},
			"a description the report does not resolve leaves the words to no one"},
		{"The Halvik Group cut jobs in Norway on Monday.\nA company spokesman told Reuters, \"We will hire Tom Wu again.\"",
			[]string{"Halvik Group -hire-> Tom Wu"}, []string{"Reuters -hire-> Tom Wu"},
			"a company's unnamed spokesman speaks for the company"},
		{"Norway was hit by floods. The Norwegian government sent aid.\nTom Wu told Reuters, \"The government should give us money.\"",
			[]string{"Tom Wu -urge-> Norwegian government"}, nil,
			"a named subject is still the speaker"},
	})
}
