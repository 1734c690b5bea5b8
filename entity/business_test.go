package entity

import "testing"

// TestFineWithPoundAmount checks that a pound or euro amount written on
// its sign between a passive verb and "by" leaves the agent the doer, on
// documents written for this test.
func TestFineWithPoundAmount(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Bank was fined £35m by the Norwegian Financial Authority.",
			[]string{"Norwegian Financial Authority -fine-> Halvik Bank"}, nil,
			"a pound amount"},
		{"Velmor Motors was fined €120m by the Swedish Competition Authority.",
			[]string{"Swedish Competition Authority -fine-> Velmor Motors"}, nil,
			"a euro amount"},
	})
}

// TestRebuffedBidderOvertures checks that rebuffing or spurning a
// bidder's overtures, advances or offer turns the bidder away, on
// documents written for this test.
func TestRebuffedBidderOvertures(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Mining rebuffed Velmor Holdings' overtures last week.",
			[]string{"Halvik Mining -rebuff-> Velmor Holdings"}, nil,
			"overtures"},
		{"Halvik Mining spurned Velmor Holdings' offer on Monday.",
			[]string{"Halvik Mining -spurn-> Velmor Holdings"}, nil,
			"spurned an offer"},
		{"Halvik Mining rejected Velmor Holdings' advances.",
			[]string{"Halvik Mining -reject-> Velmor Holdings"}, nil,
			"advances"},
	})
}

// TestConfederationAndGeneralBodies checks that "Confederation" heads a
// body's name and that "General" before a body's head word opens the name
// rather than a military title, on documents written for this test.
func TestConfederationAndGeneralBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvian Confederation of Trade Unions criticised Tom Wu.",
			[]string{"Halvian Confederation of Trade Unions -criticise-> Tom Wu"}, nil,
			"a confederation of unions"},
		{"Ann Lee, Governor of the General Authority of Fisheries, met Tom Wu in Oslo.",
			[]string{"Ann Lee -lead-> General Authority of Fisheries"}, []string{"Ann Lee -lead-> Authority of Fisheries"},
			"General before Authority"},
		{"General Tom Wu met Ann Lee in Oslo.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"General before a name stays a title"},
	})
}

// TestSmallLetterAcronym checks that initials written with the small
// letter of "of" ("BoN", "DoJ") name the body spelt out before them, on
// documents written for this test.
func TestSmallLetterAcronym(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Bank of Norland raised rates on Monday. BoN chief economist Ann Lee backed the move.",
			[]string{"Ann Lee -work_for-> Bank of Norland"}, nil,
			"a title after the initials"},
		{"The Department of Fisheries fined Halvik Mining. The DoF said Tom Wu would retire.",
			[]string{"Department of Fisheries -fine-> Halvik Mining"}, []string{"DoF -say-> Tom Wu"},
			"the initials as a subject"},
	})
}

// TestMinisterOfStateFor checks that a junior minister's title, "Minister
// of State", and the portfolio after "for" end before the name and give
// the ministry, on documents written for this test.
func TestMinisterOfStateFor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Minister of State for Defence Ajay Rao met Ann Lee in Oslo.",
			[]string{"Ajay Rao -meet-> Ann Lee", "Ajay Rao -work_for-> Ministry of Defence"}, []string{"Defence Ajay Rao -meet-> Ann Lee"},
			"a one-word portfolio"},
		{"Minister of State for External Affairs Ajay Rao met Ann Lee in Oslo.",
			[]string{"Ajay Rao -work_for-> Ministry of External Affairs"}, nil,
			"a two-word portfolio"},
		{"Minister of State Ajay Rao met Ann Lee in Oslo.",
			[]string{"Ajay Rao -meet-> Ann Lee"}, []string{"Ajay Rao -work_for-> Ministry of State"},
			"no ministry of state"},
	})
}

// TestApposedTitleAfterList checks that a singular title in commas after
// the last name of a list of people is that person's alone, with or
// without a comma before "and", on documents written for this test.
func TestApposedTitleAfterList(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bill Ray and Ann Lee, Governor of the Bank of Norland, met Tom Wu in Oslo.",
			[]string{"Ann Lee -lead-> Bank of Norland"}, []string{"Bill Ray -lead-> Bank of Norland"},
			"two names"},
		{"The deal was signed in the presence of Tom Wu, Bill Ray, and Ann Lee, Governor of the Bank of Norland.",
			[]string{"Ann Lee -lead-> Bank of Norland"}, []string{"Bill Ray -lead-> Bank of Norland", "Tom Wu -lead-> Bank of Norland"},
			"three names and a comma before and"},
		{"Ann Lee, Director of the Norland Geological Institute, and Chair of the Halvik Foundation, spoke in Oslo.",
			[]string{"Ann Lee -lead-> Norland Geological Institute", "Ann Lee -lead-> Halvik Foundation"}, nil,
			"a chain of one person's roles still holds"},
	})
}

// TestBasedUnknownName checks that a name no list knows right after a
// "-based" compound is a body placed there, while a person's name stays
// a person's, on documents written for this test.
func TestBasedUnknownName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Although Toronto-based Zenith Algom rebuffed the offer, its shares rose.",
			[]string{"Zenith Algom -locate_in-> Toronto"}, nil,
			"an unknown name after the compound"},
		{"London-based Smithfield Partners hired Ann Lee in May.",
			[]string{"Smithfield Partners -locate_in-> London", "Smithfield Partners -hire-> Ann Lee"}, nil,
			"opening the sentence"},
		{"The London-based Tom Wu met Ann Lee in May.",
			nil, []string{"Tom Wu -locate_in-> London"},
			"a given name makes a person"},
	})
}

// TestPossessedUnit checks that a body named between its owner's
// possessive and a noun such as "unit" or "subsidiary" is the actor the
// verb acts on, not its owner, on documents written for this test.
func TestPossessedUnit(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian Financial Authority fined Bank of Norland's Halvik Securities unit.",
			[]string{"Norwegian Financial Authority -fine-> Halvik Securities", "Halvik Securities -part_of-> Bank of Norland"},
			[]string{"Norwegian Financial Authority -fine-> Bank of Norland"},
			"a unit"},
		{"Ann Lee sued Bank of Norland's Halvik Securities subsidiary in May.",
			[]string{"Ann Lee -sue-> Halvik Securities"}, []string{"Ann Lee -sue-> Bank of Norland"},
			"a subsidiary"},
	})
}

// TestHeadlineAmountPassive checks that a headline's passive without
// "was", whose object is the amount, gives the act to the agent after
// "by", on documents written for this test.
func TestHeadlineAmountPassive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Bank fined £35m by Swedish watchdog\n\nThe Swedish Competition Authority said Halvik Bank would pay.",
			[]string{"Swedish Competition Authority -fine-> Halvik Bank"}, nil,
			"a pound amount in a headline"},
	})
}

// TestTradeHeadedCompanies checks that an unknown company named by a word
// and a trade's head ("Zenith Resorts", "Velmora Mining") is an
// organisation its chairman leads, on sentences written for this test.
func TestTradeHeadedCompanies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Board\n\nTom Wu was chairman of Zenith Resorts.",
			[]string{"Tom Wu -lead-> Zenith Resorts"}, nil,
			"Resorts ends a company's name"},
		{"Board\n\nTom Wu resigned as chairman of Velmora Mining on Monday.",
			[]string{"Tom Wu -resign_from-> Velmora Mining"}, nil,
			"Mining ends a company's name"},
		{"Markets\n\nMining shares fell on Monday.",
			nil, []string{"Mining -fall-> Monday"},
			"a trade's head alone is no body"},
	})
}
