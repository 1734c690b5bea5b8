package entity

import "testing"

// TestAdjunctActs checks a visit or a call named by an event noun after
// "after", "during" or "following", whose agent is the clause's subject.
// The sentences are written for this test.
func TestAdjunctActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu arrived in Oslo after visits to Sweden and Finland.",
			[]string{"Tom Wu -visit-> Sweden", "Tom Wu -visit-> Finland"}, nil,
			"visits after the clause are its subject's, one fact per listed state"},
		{"Ann Lee spoke to reporters during a recent official visit to Kenya.",
			[]string{"Ann Lee -visit-> Kenya"}, nil,
			"adjectives may stand between the preposition and the noun"},
		{"Tom Wu resigned following a call with Ann Lee.",
			[]string{"Tom Wu -call-> Ann Lee"}, nil,
			"a call with an actor is a call"},
		{"Tom Wu was arrested during a visit to Kenya.",
			[]string{"Tom Wu -visit-> Kenya"}, nil,
			"a passive clause's subject made the visit"},
		{"Ann Lee greeted Tom Wu during his visit to Kenya. Ann Lee thanked Tom Wu after Ola Berg's visit to Sweden.",
			nil, []string{"Ann Lee -visit-> Kenya", "Ann Lee -visit-> Sweden"},
			"a possessive names another visitor"},
		{"Tom Wu spoke after a planned visit to Kenya was called off. Tom Wu will fly to Oslo after a visit to Sweden. Ann Lee wants to fly to Oslo after a visit to Finland.",
			nil, []string{"Tom Wu -visit-> Kenya", "Tom Wu -visit-> Sweden", "Ann Lee -visit-> Finland"},
			"a planned visit, or a clause of what will be or is wished, states no visit"},
		{"Tom Wu spoke during the war with Sweden. Ann Lee spoke after the call for calm. Tom Wu did not resign after a visit to Kenya.",
			nil, []string{"Tom Wu -fight-> Sweden", "Tom Wu -visit-> Kenya"},
			"a war one speaks during is not one's own; a call for calm has no actor; a negated clause gives nothing"},
		{"The Halvik Times claimed that during a trip to France, Tom Wu refused to meet Ann Lee. Ann Lee left after visits to Norway, Sweden and Finland.",
			[]string{"Tom Wu -travel_to-> France", "Ann Lee -visit-> Norway", "Ann Lee -visit-> Sweden", "Ann Lee -visit-> Finland"},
			[]string{"Halvik Times -travel_to-> France", "Halvik Times -travel_to-> Tom Wu"},
			"a phrase after \"that\" opens the next clause, whose subject made the trip; a list ends at \"and\""},
		{"Tom Wu arrived in Kenya on a state visit. Ann Lee is in Sweden on a three-day visit. Ola Berg met Tom Wu while on a visit to Finland.",
			[]string{"Tom Wu -visit-> Kenya", "Ann Lee -visit-> Sweden", "Ola Berg -visit-> Finland"}, nil,
			"a visit after \"on\" is to its destination, or with none to the place the clause puts its subject in"},
		{"Tom Wu arrived in Kenya after a visit. Ann Lee reported on a visit to Sweden. Ola Berg is in Finland on a planned visit. Tom Wu will arrive in Norway on a state visit.",
			nil, []string{"Tom Wu -visit-> Kenya", "Ann Lee -visit-> Sweden", "Ola Berg -visit-> Finland", "Tom Wu -visit-> Norway"},
			"a visit after which one arrives was elsewhere; \"on\" after a verb is the verb's; a planned or future visit is none"},
		{"Ann Lee said Tom Wu resigned after a visit to Kenya.",
			[]string{"Tom Wu -visit-> Kenya"}, []string{"Ann Lee -visit-> Kenya"},
			"the phrase belongs to the innermost clause"},
	})
}

// TestMeetingInClauseSaid checks that a meeting named inside a reported
// clause is that clause's subject's, not the reporter's. The sentences are
// written for this test.
func TestMeetingInClauseSaid(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee said Tom Wu resigned after talks with Norway.",
			[]string{"Tom Wu -meet-> Norway"}, []string{"Ann Lee -meet-> Norway"},
			"the talks are the resigning Tom Wu's"},
		{"Tom Wu arrived in Oslo for talks with Ann Lee.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"a meeting in the clause's own argument is its subject's"},
	})
}
