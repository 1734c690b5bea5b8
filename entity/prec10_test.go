package entity

import "testing"

// TestStormLoneName checks that the lone name of a storm that the
// document gives in full with its prefix ("Halvor" after "Typhoon
// Halvor") is no actor, while a person of the same document stays one, on
// documents written for this test.
func TestStormLoneName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Typhoon Halvor made landfall on Norway on Tuesday. Halvor impacted upon Bergen and Oslo, and Ann Lee visited Bergen.",
			[]string{"Ann Lee -visit-> Bergen"}, []string{"Typhoon Halvor -impact_upon-> Bergen", "Halvor -impact_upon-> Bergen"},
			"a typhoon's lone name"},
		{"Hurricane Selma hit Cuba on Monday. Later Selma struck Haiti.",
			nil, []string{"Hurricane Selma -strike-> Haiti", "Selma -strike-> Haiti"},
			"a hurricane's lone name"},
		{"Tropical Storm Orla flooded Manila. Orla then damaged Cebu.",
			nil, []string{"Tropical Storm Orla -damage-> Cebu", "Orla -damage-> Cebu"},
			"a tropical storm's lone name"},
		{"Tropical Depression Seven formed over the Bahamas, before heading towards Florida.",
			nil, []string{"Tropical Depression Seven -form_over-> Bahamas", "Tropical Depression Seven -head_towards-> Florida"},
			"a tropical depression, numbered"},
		{"Typhoon Halvor strikes Norway\n\nTyphoon Halvor made landfall on Norway on Tuesday, killing at least 20 according to Norwegian officials. Halvor then damaged Bergen.",
			nil, []string{"Typhoon Halvor -strike-> Norway"},
			"a storm's full name in a headline"},
		{"Category Four Hurricane Selma hits Cuba\n\nCategory Four Hurricane Selma slammed into the Cuban coast on Monday, and Selma then hit Haiti.",
			nil, []string{"Category Four Hurricane Selma -hit-> Cuba", "Category Four Hurricane Selma -hit-> Haiti", "Selma -hit-> Haiti"},
			"a storm's name after its category"},
		{"Tropical Depression Three of 2021 approaches Florida before dissipating\n\nTropical Depression Three formed over the Bahamas this weekend, before heading towards Florida. By Tuesday the storm no longer qualified as a \"Tropical Depression\".",
			nil, []string{"Tropical Depression Three -approach-> Florida", "Tropical Depression -approach-> Florida"},
			"a numbered depression in a headline, its kind quoted alone in the body"},
		{"Ann Lee met staff of the National Hurricane Center in Miami.",
			[]string{"Ann Lee -meet-> National Hurricane Center"}, nil,
			"a body named after storms is an actor"},
	})
}

// TestGameIsNoActor checks that a name the document calls a game, before
// it or after a copula or a comma, is no actor, while a person described
// as a game's maker stays one, on documents written for this test.
func TestGameIsNoActor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Velmorin is an open-source puzzle game that anyone can play. Tom Wu discussed Velmorin with Ann Lee.",
			nil, []string{"Tom Wu -discuss-> Velmorin"},
			"a copula calls the name a game"},
		{"Ann Lee started developing the video game Velmorin in 2010, and Tom Wu programmed Velmorin.",
			nil, []string{"Ann Lee -develop-> Velmorin", "Tom Wu -program-> Velmorin"},
			"a game's noun before the name"},
		{"Tom Wu introduced Velmorin, a sandbox game for older computers, in Oslo.",
			nil, []string{"Tom Wu -introduce-> Velmorin"},
			"an apposition calls the name a game"},
		{"Ann Lee is a game designer from Oslo. Tom Wu met Ann Lee in Bergen.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"a game designer is a person"},
	})
}

// TestPlacingInContestNamedBefore checks that a first placing without a
// place ("came in first, with 48% of the vote") is in the place of the
// contest named before, not in the home state of a candidate's title, and
// that a lower placing wins nowhere, on documents written for this test.
func TestPlacingInContestNamedBefore(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"On Saturday, the Liberal Party held its Ohio primary election. Senator from Utah Tom Wu came in first, with about 48% of the vote. Ola Berg came in second, receiving roughly 11% of the votes.",
			[]string{"Tom Wu -win_in-> Ohio"}, []string{"Tom Wu -win_in-> Utah", "Ola Berg -win_in-> Ohio", "Ola Berg -win_in-> Utah"},
			"the contest's place, not the title's"},
		{"The Iowa caucuses were held on Monday, with Senator Ola Berg of Utah among the candidates. Tom Wu came in first with 12 delegates.",
			[]string{"Tom Wu -win_in-> Iowa"}, []string{"Tom Wu -win_in-> Utah"},
			"the caucuses named before, not a place named after them"},
		{"Ann Lee spoke in Ohio on Monday. Tom Wu came in first, with 40% of the vote.",
			[]string{"Tom Wu -win_in-> Ohio"}, nil,
			"without a contest named, the place named before"},
	})
}

// TestContestOfPlaceBeforeCountry checks that a contest named by a place
// and then its country ("the Ohio US Liberal primary") is in the place,
// on documents written for this test.
func TestContestOfPlaceBeforeCountry(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee wins 2020 Ohio US Liberal presidential primary\n\nOn Saturday, Ann Lee won the Liberal Party's Ohio primary election.",
			[]string{"Ann Lee -win_in-> Ohio"}, []string{"Ann Lee -win_in-> United States"},
			"a headline's contest of a state and its country"},
		{"Tom Wu won the 2020 Guam US Liberal caucus on Sunday.",
			[]string{"Tom Wu -win_in-> Guam"}, []string{"Tom Wu -win_in-> United States"},
			"a territory's caucus"},
	})
}

// TestOfficialInAppositionIsThePerson checks that a body's official in
// apposition after a person's name ("Ann Lee, a director of the Halvik
// Trade Commission, who was treated at ...") is the person when a clause
// makes the description its subject, on documents written for this test.
func TestOfficialInAppositionIsThePerson(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"One of the dead was Ann Lee, a director of the Halvik Trade Commission, who was cared for at the Oslo University Hospital.",
			[]string{"Ann Lee -lead-> Halvik Trade Commission"}, []string{"Halvik Trade Commission -care_for_at-> Oslo University Hospital"},
			"a relative clause after the apposition"},
		{"Tom Wu, a director of the Halvik Trade Commission, who was treated at Oslo University Hospital, died on Monday.",
			nil, []string{"Halvik Trade Commission -treat_at-> Oslo University Hospital"},
			"the apposition of a subject"},
		{"According to Ann Lee, a detective for the Halvik Police Service was provided with files from the Halvik Trade Commission.",
			nil, []string{"Halvik Trade Commission -provide-> Ann Lee"},
			"a name in an opening phrase has no apposition"},
		{"A spokesman for the Halvik Trade Commission visited the Bergen City Council on Monday.",
			[]string{"Halvik Trade Commission -visit-> Bergen City Council"}, nil,
			"an official without a name acts for the body"},
	})
}

// TestCurrencyAmountIsNoActor checks that an amount written with a
// country's dollar sign ("US$750", "A$2 million") or a currency's letters
// ("Sh60 million") is no actor, on documents written for this test.
func TestCurrencyAmountIsNoActor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The reports indicated Tom Wu paid US$750 in taxes in 2016.",
			nil, []string{"Tom Wu -pay-> US$750"},
			"a payment of US dollars"},
		{"Ann Lee ordered her staff to delay around A$400 million in aid to Norway, and Tom Wu met Ann Lee.",
			[]string{"Tom Wu -meet-> Ann Lee"}, []string{"Ann Lee -delay_around-> A$400"},
			"an amount of Australian dollars"},
		{"Halvik Holdings won the tender. The court found Tom Wu paid Sh60 million to Ann Lee. The firm paid Ksh5 billion to Ola Berg.",
			nil, []string{"Tom Wu -pay-> Sh60", "Sh60 -pay_to-> Ola Berg"},
			"an amount of shillings, which no later description takes up"},
	})
}

// TestFrontedPartnerIsNoReciprocal checks that a list's act whose partner
// is fronted in a relative clause ("an end to the war, with which Ann Lee
// and Tom Wu agreed") is with that partner, not between the list's
// members, on documents written for this test.
func TestFrontedPartnerIsNoReciprocal(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ola Berg called for an end to the war, with which Ann Lee and Tom Wu somewhat agreed.",
			nil, []string{"Ann Lee -agree_with-> Tom Wu"},
			"agreed with the call"},
		{"Ola Berg is the envoy with whom Ann Lee and Tom Wu met in Oslo.",
			nil, []string{"Ann Lee -meet-> Tom Wu", "Ann Lee -meet_with-> Tom Wu"},
			"met the envoy"},
		{"Ola Berg said the war must end. Kari Dahl called for an end to the war, with which Ann Lee somewhat agreed.",
			nil, []string{"Ann Lee -agree_with-> Ola Berg"},
			"agreed with the call, not with the last speaker"},
		{"Ola Berg said the war must end. Ann Lee agreed.",
			[]string{"Ann Lee -agree_with-> Ola Berg"}, nil,
			"agreed with the last speaker"},
		{"Ann Lee and Tom Wu agreed on a budget.",
			[]string{"Ann Lee -agree_with-> Tom Wu"}, nil,
			"agreed with each other"},
	})
}

// TestSoftwareIsNoActor checks that a name the document calls a piece of
// software, before it, after a comma or after a copula, is no actor in
// any of its mentions, while a person or a firm described beside
// software stays one, on documents written for this test.
func TestSoftwareIsNoActor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee, who had founded Halvik Labs, announced a new operating system, Velmor Linux. Tom Wu praised Velmor Linux on Monday.",
			[]string{"Ann Lee -found-> Halvik Labs"}, []string{"Ann Lee -announce-> Velmor Linux", "Tom Wu -praise-> Velmor Linux"},
			"a kind noun and a comma before the name"},
		{"Velmor Linux, a free Linux distribution, was released in March. Velmor Linux replaced Halvik OS at Oslo University.",
			nil, []string{"Velmor Linux -replace-> Halvik OS"},
			"an apposition calls the name a distribution"},
		{"Ann Lee installed the browser Velmo on Monday. Velmo blocked Tom Wu's website.",
			nil, []string{"Ann Lee -install-> Velmo"},
			"a kind noun right before the name"},
		{"Halvik Labs sponsors the Velmor operating system. Tom Wu praised Velmor in May.",
			nil, []string{"Tom Wu -praise-> Velmor"},
			"a name before \"operating system\""},
		{"Started in 2004, Velmor has been a free open source software. Tom Wu praised Velmor on Monday.",
			nil, []string{"Tom Wu -praise-> Velmor"},
			"a name called software after \"has been a\""},
		{"Ann Lee, a software engineer from Oslo, met Tom Wu in Bergen.",
			[]string{"Ann Lee -meet-> Tom Wu"}, nil,
			"a software engineer is a person"},
		{"Halvik Labs, a software company based in Oslo, hired Tom Wu in May.",
			[]string{"Halvik Labs -hire-> Tom Wu"}, nil,
			"a software company is an actor"},
	})
}
