package entity

import "testing"

// TestPeopleAdj checks a people's or a faith's adjective or noun with a
// person: the people's group, named by its plural, which the person leads
// or belongs to; no organisation and no person named by the adjective.
func TestPeopleAdj(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The parliament of Iraq appointed veteran Kurdish leader Tom Lee as president.",
			[]string{"Tom Lee -lead-> Kurds"}, []string{"Tom Lee -lead-> Kurdish"},
			"a people's adjective before a leader's title: he leads the people's group, no body named Kurdish"},
		{"Kurdish leader Ali Wu spoke in Halden on Monday.",
			[]string{"Ali Wu -lead-> Kurds"}, nil,
			"the same opening the sentence"},
		{"The president met Kurdish politician Ann Berg in Halden on Monday.",
			[]string{"Ann Berg -member_of-> Kurds"}, []string{"Ann Berg -member_of-> Kurdish"},
			"a people's adjective before a descriptive noun and a name: a member of the people"},
		{"The parliament appointed Shi'a Adel Ramdi and Sunni Arab tribal leader Ghazi Lund as vice presidents.",
			[]string{"Adel Ramdi -member_of-> Shi'ites", "Ghazi Lund -member_of-> Sunni Arabs"},
			[]string{"Ghazi Lund -lead-> Sunni Arabs", "parliament -appoint-> Shi'a Adel Ramdi"},
			"a faith's word before a name is no word of it; a tribal leader is a member of his people, not its head"},
		{"Christian Bale met Catholic priest Tom Lund in Oslo.",
			[]string{"Tom Lund -member_of-> Catholics"}, []string{"Christian Bale -member_of-> Christians"},
			"a faith's adjective before a noun the tagger reads as a superlative; a given name is no faith"},
		{"Several accomplices, including Muslim cleric Mufti Ali Berg, were tried by the court.",
			[]string{"Mufti Ali Berg -member_of-> Muslims"}, nil,
			"a faith's adjective before a noun the tagger reads as an adjective"},
		{"Ann Berg, a 42-year-old Kurd in Halden, told reporters it was over.",
			[]string{"Ann Berg -member_of-> Kurds"}, nil,
			"a people's noun in an apposition"},
		{"Ali Lee, a Shiite, said it was over. Tom Berg, a Kurdish politician, said the same.",
			[]string{"Ali Lee -member_of-> Shiites", "Tom Berg -member_of-> Kurds"}, nil,
			"a faith's noun alone and a people's adjective before a noun in an apposition"},
		{"During Tom Wu's rule, the Sunni minority dominated Norway, while Shi'ite communities were oppressed and the Kurdish population massacred as they fought against Tom Wu's regime. The Kurds make up a fifth of the population.",
			[]string{"Sunni minority -dominate-> Norway", "Kurds -fight_against-> Tom Wu"}, nil,
			"a people's adjective before population or community names the people, one group with its plural; before minority, the part as written"},
		{"The Kurdish population of Norway celebrated today. The Kurds of Syria protested on Monday.",
			[]string{"Kurds -locate_in-> Norway", "Kurds -locate_in-> Syria"}, nil,
			"a people of a state lives in it"},
	})
}
