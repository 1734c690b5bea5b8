package entity

import "testing"

// TestRankAfterHeadTitle checks that a rank written after a title that
// heads ("Iranian commander General Tom Wu") makes its holder one of the
// state's officers, not its head, on documents written for this test.
func TestRankAfterHeadTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Crowds gathered for the funeral of Iranian commander General Tom Wu on Friday.",
			[]string{"Tom Wu -work_for-> Iran"}, []string{"Tom Wu -lead-> Iran"},
			"commander before a general's rank"},
		{"French commander Colonel Jean Marc praised the troops on Monday.",
			[]string{"Jean Marc -work_for-> France"}, []string{"Jean Marc -lead-> France"},
			"commander before a colonel's rank"},
		{"Iranian President Ali Karimi met the envoy on Monday.",
			[]string{"Ali Karimi -lead-> Iran"}, nil,
			"a head's title still leads"},
	})
}

// TestGuardEndsBodyName checks that "Guard" ending the name of a body
// ("the Halvik Coast Guard", "the Varden Border Guard") stays a word of
// the name, though "guard" is also a player's role noun, so that the
// body acts and its acronym's captains are its members, on documents
// written for this test.
func TestGuardEndsBodyName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Varden Border Guard arrested Tom Wu on Monday.",
			[]string{"Varden Border Guard -arrest-> Tom Wu"}, nil,
			"a border guard acts"},
		{"The Halvik Coast Guard (HCG) ended its search on Tuesday. HCG Captain Ann Lee told reporters the boat had sunk.",
			[]string{"Ann Lee -member_of-> Halvik Coast Guard"}, []string{"Ann Lee -lead-> HCG", "Ann Lee -lead-> Halvik Coast Guard"},
			"a captain of a coast guard named by its acronym"},
		{"Museum of Flight CEO Bob Smith criticised Globex on Monday.",
			[]string{"Bob Smith -lead-> Museum of Flight"}, nil,
			"a role noun after a body's name is still cut off"},
	})
}

// TestTripFromPlaceIsNoTraveller checks that the place after "from" in a
// trip's noun ("a journey from Oslo to Bergen") is where the trip starts,
// not who travels, while a person after it still travels, on documents
// written for this test.
func TestTripFromPlaceIsNoTraveller(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The plane was on a journey from Oslo to Bergen when it crashed.",
			nil, []string{"Oslo -travel_to-> Bergen"},
			"a journey between two towns"},
		{"The trip from Norway to Sweden took six hours.",
			nil, []string{"Norway -travel_to-> Sweden"},
			"a trip between two states"},
		{"A trip from Tom Wu to Bergen was announced on Monday.",
			[]string{"Tom Wu -travel_to-> Bergen"}, nil,
			"a person's trip"},
	})
}

// TestBurialGroundTypedBodyIsNoActor checks that a cemetery whose name the
// recogniser reads as a body's ("the Federal Military Memorial Cemetery")
// is still a site, where a burial took place, on documents written for
// this test.
func TestBurialGroundTypedBodyIsNoActor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was buried at the Federal Military Memorial Cemetery near Oslo.",
			nil, []string{"Tom Wu -bury_at-> Federal Military Memorial Cemetery"},
			"a burial at a cemetery named like a body"},
	})
}

// TestCurrencyCodeIsNoName checks that a currency's code before an amount
// ("USD 1 million") names no body, while the act's addressee stays, on
// documents written for this test.
func TestCurrencyCodeIsNoName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Globex pledged a donation of USD 1 million to the fund.",
			nil, []string{"Globex -donate_to-> USD"},
			"a donation in dollars"},
		{"Norway paid EUR 20 million to Sweden on Monday.",
			[]string{"Norway -pay_to-> Sweden"}, []string{"Norway -pay-> EUR"},
			"a payment in euros"},
	})
}
