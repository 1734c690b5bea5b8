package entity

import "testing"

// TestDeals checks business deals on documents written for this test: a
// purchase from a seller when the thing bought is an entity too or the
// seller's part of a business, a deal told as "is to acquire", and an
// offer accepted.
func TestDeals(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors bought Tarsen Oil from Darnet Group in 2017.",
			[]string{"Halvik Motors -buy-> Tarsen Oil", "Halvik Motors -buy_from-> Darnet Group"}, nil,
			"a firm bought from its owner"},
		{"Telvora Group has bought two west African units from Africa's largest wireless company Darnet Group Ltd.",
			[]string{"Telvora Group -buy_from-> Darnet Group Ltd"}, nil,
			"units bought, read as a group, from the seller"},
		{"Halvik Motors bought Tarsen Oil from Sweden.",
			[]string{"Halvik Motors -buy_from-> Sweden"}, nil,
			"a state sells"},
		{"Halvik Motors bought Tarsen Oil from Oslo.",
			nil, []string{"Halvik Motors -buy_from-> Oslo"},
			"a city is where, not who"},
		{"Halvik Motors did not buy Tarsen Oil from Darnet Group.",
			nil, []string{"Halvik Motors -buy_from-> Darnet Group"},
			"no purchase"},
		{"US oil company Halvik Motors is to acquire Tarsen Oil in a deal valued at $5bn.",
			[]string{"Halvik Motors -acquire-> Tarsen Oil"}, nil,
			"an announced deal"},
		{"Ann Lee is to visit Tom Wu in Oslo.",
			nil, []string{"Ann Lee -visit-> Tom Wu"},
			"a planned visit is no act"},
		{"Halvik Motors was to acquire Tarsen Oil before the deal collapsed.",
			nil, []string{"Halvik Motors -acquire-> Tarsen Oil"},
			"a deal that was to be"},
		{"Halvik Motors is buying Darnet Group's stake in Tarsen Oil.",
			[]string{"Halvik Motors -buy_from-> Darnet Group", "Halvik Motors -invest_in-> Tarsen Oil"}, nil,
			"a stake bought from its holder"},
		{"Halvik Motors acquired the operations of Darnet Group in Ruritania.",
			[]string{"Halvik Motors -acquire_from-> Darnet Group"}, nil,
			"operations of a firm"},
		{"Halvik Motors bought Tom Wu's business last year.",
			[]string{"Halvik Motors -buy_from-> Tom Wu"}, nil,
			"a person's business"},
		{"Halvik Motors bought Tarsen Oil shares.",
			nil, []string{"Halvik Motors -buy_from-> Tarsen Oil"},
			"shares are bought from anyone"},
		{"Tarsen Oil agreed to a takeover offer by Halvik Motors.",
			[]string{"Tarsen Oil -accept_offer_from-> Halvik Motors"}, nil,
			"an offer agreed to"},
		{"Tarsen Oil accepted a takeover bid from Halvik Motors.",
			[]string{"Tarsen Oil -accept_offer_from-> Halvik Motors"},
			[]string{"Tarsen Oil -accept_from-> Halvik Motors"},
			"a bid accepted, once"},
		{"Tarsen Oil rejected a takeover offer by Halvik Motors.",
			nil, []string{"Tarsen Oil -accept_offer_from-> Halvik Motors"},
			"an offer rejected"},
	})
}

// TestLowerCaseAgency checks that a news agency that writes its name in
// lower case is an actor told or reporting, on documents written for
// this test.
func TestLowerCaseAgency(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A local official, Jon Bale, told dpa that the town of Velmora was calm.",
			[]string{"Jon Bale -tell-> dpa"}, nil,
			"the agency told, in lower case"},
		{"Ann Lee told the German news agency DPA that she would resign.",
			[]string{"Ann Lee -tell-> dpa"}, nil,
			"its name in capitals"},
	})
}

// TestOfficialNamedTells checks that an official named in apposition to
// a description of a government's staff is the one who tells, where the
// document is about one state, on a document written for this test.
func TestOfficialNamedTells(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Militants storm Norwegian military base\n\nA pre-dawn raid by the Velmor Front on a military base in northern Norway has left at least 18 people dead, officials told Reuters on Sunday.\n\nThe attack started with a car bombing at the entrance of the base, Lind said. A local government official, Jon Bale, told Reuters by phone that the gun battle had lasted about two hours.",
			[]string{"Jon Bale -tell-> Reuters"}, []string{"Norwegian government -tell-> Reuters"},
			"the official named, not the government"},
	})
}

// TestBareRival checks that a verb's object named as a rival with no
// possessive is the subject's rival, on documents written for this test.
func TestBareRival(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors acquired shale rival Tarsen Oil in a $60bn deal.",
			[]string{"Halvik Motors -acquire-> Tarsen Oil", "Tarsen Oil -compete_with-> Halvik Motors"}, nil,
			"a rival acquired"},
		{"Ann Lee defeated rival Tom Wu in the primary.",
			[]string{"Tom Wu -compete_with-> Ann Lee"}, nil,
			"a rival defeated"},
		{"Halvik Motors acquired Sweden's rival Tarsen Oil.",
			nil, []string{"Tarsen Oil -compete_with-> Halvik Motors"},
			"another's rival"},
		{"Ann Lee did not defeat rival Tom Wu.",
			nil, []string{"Tom Wu -compete_with-> Ann Lee"},
			"a negated act says nothing of the rivalry here"},
	})
}
