package entity

import "testing"

// TestColonIntroducedQuote checks that a sentence ending in a colon, which
// introduces a quotation, is read as prose and not as a headline when it
// has a verb in lower case, so that its titles give their roles, on
// sentences written for this test.
func TestColonIntroducedQuote(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Talks\n\nThe talks in Oslo ended on Monday.\n\nNorwegian Prime Minister Tom Wu told reporters in Bergen that:\n\n\"We will meet again.\"",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a title before a speech verb and a final colon"},
		{"Talks\n\nThe talks ended on Monday.\n\nSwedish Foreign Minister Ann Lee told the BBC:\n\n\"We are pleased.\"",
			[]string{"Ann Lee -tell-> BBC"}, nil,
			"the addressee before the final colon"},
	})
}

// TestPleadedGuiltyToGerund checks that a phrase after "pleaded guilty to"
// and a gerund is the gerund's, not the plea's, on sentences written for
// this test.
func TestPleadedGuiltyToGerund(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Trial\n\nTom Wu was jailed on Friday after pleading guilty to providing money to the Halvik Front.",
			nil, []string{"Tom Wu -plead_to-> Halvik Front"},
			"to the group: the gerund's phrase"},
	})
}

// TestGerundAfterGuilty checks that the gerund after "pleaded guilty to"
// is the subject's act, and that a gerund giving support to an actor
// reads as the finite verb does, on sentences written for this test.
func TestGerundAfterGuilty(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Trial\n\nTom Wu pleaded guilty to attacking Ann Lee.",
			[]string{"Tom Wu -attack-> Ann Lee"}, nil,
			"pleaded guilty to and a gerund"},
		{"Trial\n\nTom Wu was jailed on Friday after pleading guilty to providing material support to the Halvik Front.",
			[]string{"Tom Wu -provide_support_to-> Halvik Front"}, nil,
			"support given, then whom to"},
		{"Trial\n\nTom Wu was convicted of giving financial aid to the Halvik Front.",
			[]string{"Tom Wu -give_aid_to-> Halvik Front"}, nil,
			"aid given, after convicted of"},
	})
}
