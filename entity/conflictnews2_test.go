package entity

import "testing"

// TestStateForcePossessive checks that a state's possessive before its
// army, troops or forces states that the force is part of the state, on
// invented reports.
func TestStateForcePossessive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's army attacked Malmo on Monday.",
			[]string{"Norwegian army -part_of-> Norway", "Norwegian army -attack-> Malmo"}, nil,
			"a state's possessive before army"},
		{"Eleven members of Norway's paramilitary forces were wounded.",
			[]string{"Norwegian troops -part_of-> Norway"}, nil,
			"a state's possessive before forces"},
	})
}

// TestCapitalOfAhead checks that "the capital of" a state, a comma and a
// city names the state's capital, on invented reports.
func TestCapitalOfAhead(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Lund Front attacked a police station in the capital of Norway, Oslo, on Sunday.",
			[]string{"Oslo -capital_of-> Norway"}, nil,
			"the capital of a state, then the city"},
		{"Tom Wu flew from the capital of Sweden, Oslo, to Bergen.",
			nil, []string{"Oslo -capital_of-> Sweden"},
			"a city the gazetteer makes another state's capital"},
	})
}

// TestOccupiedCompound checks that a state's adjective before -occupied
// or -held names the state that occupies or controls the place after it, on
// invented reports.
func TestOccupiedCompound(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The soldiers trained in Russian-occupied Crimea last week.",
			[]string{"Russia -occupy-> Crimea"}, nil,
			"a state's adjective before -occupied"},
		{"Drones struck Swedish-held Gotland on Friday.",
			[]string{"Sweden -control-> Gotland"}, nil,
			"a state's adjective before -held"},
		{"Civilians fled a Russian-occupied area of the Kherson region. Swedish-held parts of Gotland were shelled. Drones struck the Swedish-held town of Visby. Norwegian-made parts of the drone were found.",
			[]string{"Russia -occupy-> Kherson", "Sweden -control-> Gotland"}, []string{"Norway -make-> drone"},
			"an occupied or held area, part or territory of a place names the place"},
	})
}

// TestInControlOf checks that "was in control of" a place states that the
// subject controls it, on invented reports.
func TestInControlOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The ministry said Norwegian forces were now in control of Velby.",
			[]string{"Norwegian forces -control-> Velby"}, nil,
			"in control of a village"},
		{"The Lund Front is in full control of Malmo.",
			[]string{"Lund Front -control-> Malmo"}, []string{"Lund Front -locate_in-> Malmo"},
			"in full control of: no place of the subject"},
	})
}

// TestSeizureAdvance checks that a state's seizure of a place, or its
// advance on one, states that it seized or advanced on the place, on
// invented reports.
func TestSeizureAdvance(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The vote followed Norway's seizure of Velby.",
			[]string{"Norway -seize-> Velby"}, nil,
			"a possessive agent of seizure"},
		{"Bloggers reported on the Norwegian advance on Malmo.",
			[]string{"Norway -advance_on-> Malmo"}, nil,
			"an adjective agent of advance on"},
		{"The seizure of Malmo by Norway shocked Sweden.",
			[]string{"Norway -seize-> Malmo"}, nil,
			"seizure of a place by an agent"},
	})
}

// TestRescueTeamsGroup checks that a state's rescue teams are a group that
// acts, as its troops are, on sentences written for this test.
func TestRescueTeamsGroup(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Quake\n\nNorwegian rescue teams arrived in Turkey on Tuesday.",
			[]string{"Norwegian rescue teams -arrive_in-> Turkey"}, nil,
			"rescue teams after a nationality"},
		{"Quake\n\nNorwegian rescuers arrived in Turkey on Tuesday.",
			[]string{"Norwegian rescuers -arrive_in-> Turkey"}, nil,
			"rescuers after a nationality"},
	})
}
