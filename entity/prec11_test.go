package entity

import "testing"

// TestGroundsAndSitesAreNoActors checks that grounds (a park, a garden, a
// palace, a cemetery) placed in a town are no actors, and that an act
// placed at a building or grounds ("stayed at Varden Hall") gives no fact
// with it, while work at a body named like a site stays a fact, on
// documents written for this test.
func TestGroundsAndSitesAreNoActors(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A painting was stolen on Friday from Halvorsen Palace in Telemark, Norway.",
			nil, []string{"Halvorsen Palace -locate_in-> Telemark"},
			"a palace in a region"},
		{"The festival drew a crowd to Elmwood Gardens in Bergen on Sunday.",
			nil, []string{"Elmwood Gardens -locate_in-> Bergen"},
			"gardens in a town"},
		{"Thousands marched on Saturday in Oslo's Frogner Park.",
			nil, []string{"Frogner Park -locate_in-> Oslo"},
			"a park after a town's possessive"},
		{"The singer Ann Lee stayed at Varden Hall while recording her first album.",
			nil, []string{"Ann Lee -stay_at-> Varden Hall"},
			"a stay at a hall"},
		{"Tom Wu was buried at the Vestre Cemetery in Oslo on Tuesday.",
			nil, []string{"Tom Wu -bury_at-> Vestre Cemetery", "Vestre Cemetery -locate_in-> Oslo"},
			"a burial at a cemetery"},
		{"Ann Lee works at the Halvik Clinic in Bergen.",
			[]string{"Ann Lee -work_at-> Halvik Clinic"}, nil,
			"work at a body named like a site"},
	})
}

// TestRemovedFromIsNoOrigin checks that the place after "from" in the
// removal of a group ("the evacuation of Danish citizens from Wuhan") is
// where they were taken from, not where they come from, on documents
// written for this test.
func TestRemovedFromIsNoOrigin(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Most senators backed the removal of Canadian troops from Mali.",
			nil, []string{"Canadian troops -from-> Mali"},
			"removal of troops"},
		{"The evacuation of Danish citizens from Wuhan began on Friday.",
			nil, []string{"Danish citizens -from-> Wuhan"},
			"evacuation of citizens"},
		{"The expulsion of Iranian diplomats from Albania was announced on Monday.",
			nil, []string{"Iranian diplomats -from-> Albania"},
			"expulsion of diplomats"},
		{"The arrival of Polish workers from Gdansk was welcomed by the mayor.",
			[]string{"Polish workers -from-> Gdansk"}, nil,
			"arrival keeps the origin"},
	})
}

// TestBornWithNameIsNoFact checks that the name a person was born with
// ("was born Tom Olsen") is no one the person is related to, while a
// parent after "born to" stays one, on documents written for this test.
func TestBornWithNameIsNoFact(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Jazz Wu was born Thomas Edward Wu in Bergen, Norway, in 1950.",
			[]string{"Jazz Wu -born_in-> Bergen"}, []string{"Jazz Wu -born-> Thomas Edward Wu"},
			"a birth name"},
		{"Ann Lee was born to Tom Lee in Ohio in 1970.",
			[]string{"Tom Lee -parent_of-> Ann Lee"}, nil,
			"a parent after born to"},
	})
}

// TestProposedGerundIsNoAct checks that an act that a verb of proposing
// puts forward as a gerund ("advocated packing the court") is not done,
// while a gerund after a verb of beginning or stopping is, on documents
// written for this test.
func TestProposedGerundIsNoAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Some Liberals advocated packing the Supreme Court of Norway with new judges.",
			nil, []string{"Liberals -advocate_pack-> Supreme Court"},
			"advocated packing"},
		{"On Wednesday, the Turkish President Ali Demir pledged converting Halvik Museum, a former church, to a mosque.",
			nil, []string{"Ali Demir -pledge_convert-> Halvik Museum"},
			"pledged converting"},
		{"Ann Lee suggested meeting Tom Wu in Oslo.",
			nil, []string{"Ann Lee -suggest_meet-> Tom Wu"},
			"suggested meeting"},
		{"Norway began attacking Sweden in May.",
			[]string{"Norway -attack-> Sweden"}, nil,
			"began attacking is done"},
	})
}

// TestLetKnowTells checks that "let Tom Wu know" tells him, on documents
// written for this test.
func TestLetKnowTells(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee let Tom Wu know that she would resign.",
			[]string{"Ann Lee -tell-> Tom Wu"}, []string{"Ann Lee -let-> Tom Wu"},
			"let someone know"},
		{"Tom Wu resigned as governor of Ohio. In a statement, Ann Lee said, \"He made the right decision, as I let him know on Monday.\"",
			[]string{"Ann Lee -tell-> Tom Wu"}, []string{"Ann Lee -let-> Tom Wu"},
			"let him know in a quotation"},
	})
}

// TestUnnamedCrowdIsPlacedNowhere checks that an unnamed crowd or court
// ("protesters in Bergen", "a court in Multan") is not placed in the
// place that picks it out, while a named body is, on documents written for
// this test.
func TestUnnamedCrowdIsPlacedNowhere(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"On Friday, Tom Wu was sentenced to life in prison by a court in Lahore.",
			nil, []string{"court -locate_in-> Multan"},
			"an unnamed court"},
		{"Ann Lee was the suspect in a shooting of farmers in Bergen, Norway.",
			nil, []string{"protesters -locate_in-> Bergen"},
			"unnamed protesters"},
		{"Protesters in Oslo attacked the Halvik Bank office on Monday.",
			nil, []string{"protesters -locate_in-> Oslo"},
			"protesters who act"},
		{"The event raised money for Pet Haven, a rescue charity in Bergen.",
			[]string{"Pet Haven -locate_in-> Bergen"}, nil,
			"a named body stays placed"},
	})
}

// TestActiveHoldPlacesNoSubject checks that an active verb of holding
// ("held a rally in Charleston", "kept him in Erbil") does not place its
// subject, while the passive places the one held, on documents written for
// this test.
func TestActiveHoldPlacesNoSubject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee held her first campaign rally in Bergen on Sunday.",
			[]string{"Ann Lee -hold-> in Bergen"}, []string{"Ann Lee -locate_in-> Bergen"},
			"a rally held"},
		{"The Kurdish rebels kept Tom Wu in Erbil for a week.",
			nil, []string{"Kurdish rebels -locate_in-> Erbil"},
			"a captive kept"},
	})
}

// TestCommonSenseHeadIsNoDescription checks that a lower-case noun that
// ends an organisation's name but means something else ("the news", "the
// post", "the oil") does not stand for that organisation, on documents
// written for this test.
func TestCommonSenseHeadIsNoDescription(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik News reported the crash. Ann Lee welcomed the news.",
			nil, []string{"Ann Lee -welcome-> Halvik News"},
			"the news"},
		{"The Bergen Post reported the story on Monday. Ann Lee left the post in May.",
			nil, []string{"Ann Lee -leave-> Bergen Post"},
			"the post"},
		{"Norden Oil hired Tom Wu. Ann Lee sold the oil to Sweden.",
			nil, []string{"Ann Lee -sell-> Norden Oil"},
			"the oil"},
		{"Halvik Trust funded Tom Wu. Ann Lee gained the trust of voters.",
			nil, []string{"Ann Lee -gain-> Halvik Trust"},
			"the trust"},
	})
}

// TestElidedParticleName checks that a name's word after an elided
// particle ("d'Aubigny") stays part of the name, on documents written for
// this test.
func TestElidedParticleName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Jean Morel d'Aubigny met Tom Wu in Bergen on Monday.",
			[]string{"Jean Morel d'Aubigny -meet-> Tom Wu"}, []string{"Jean Morel -meet-> Tom Wu"},
			"d' inside a person's name"},
	})
}
