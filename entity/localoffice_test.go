package entity

import "testing"

// TestLocalOfficeNoPlace covers a district attorney or a sheriff named
// with no place: the one town or county the report names, on invented
// stories.
func TestLocalOfficeNoPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The trial opened in Denver on Monday. The jury met in Denver.\nDistrict Attorney Ann Lee said the charges would stand.",
			[]string{"Ann Lee -work_for-> Denver"}, nil,
			"a district attorney prosecutes for the one town the report names"},
		{"A man was arrested in Marin County on Friday. Marin County officials closed the road.\nSheriff Tom Wu said deputies found the car.",
			[]string{"Tom Wu -work_for-> Marin County"}, nil,
			"a sheriff works for the one county the report names"},
		{"The trial opened in Denver on Monday, and a second one in Boulder.\nDistrict Attorney Ann Lee said the charges would stand.",
			nil, []string{"Ann Lee -work_for-> Denver", "Ann Lee -work_for-> Boulder"},
			"two towns: no one town's attorney"},
		{"Fires burned in Marin County and Sonoma County on Friday.\nSheriff Tom Wu said deputies found the car.",
			nil, []string{"Tom Wu -work_for-> Marin County", "Tom Wu -work_for-> Sonoma County"},
			"two counties: no one county's sheriff"},
		{"The trial opened in Denver on Monday. The jury met in Denver.\nAttorney Ann Lee said her client was innocent.",
			nil, []string{"Ann Lee -work_for-> Denver"},
			"a lawyer is no office of the town"},
	})
}

// TestCountyBeforeTitle covers a county named before a title's modifier
// and role noun: the county holds the title, as a body does, on invented
// stories.
func TestCountyBeforeTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A man was arrested on Friday.\nMarin County District Attorney Tom Wu said the charges would stand.",
			[]string{"Tom Wu -work_for-> Marin County"}, []string{"Tom Wu -work_for-> Marin County District"},
			"the county's district attorney, no district named after it"},
	})
}

// TestAppointedPronounTitle covers a title written bare after an
// appointment's pronoun object: an office of the state the report is
// about, on invented stories.
func TestAppointedPronounTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held talks on Monday. Norway said trade would grow. Norway and Sweden met.\nTom Wu was elected in 2010. Prime Minister Ann Lee appointed him Foreign Minister in 2019.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a pronoun object appointed to a minister's office works for the report's state"},
		{"Norway held talks on Monday. Norway said trade would grow. Norway and Sweden met.\nThe Halvik Group hired Tom Wu in 2010. The company appointed him Chief Executive in 2019.",
			nil, []string{"Tom Wu -work_for-> Norway", "Tom Wu -lead-> Norway"},
			"a company's chief executive holds no office of the state"},
		{"Norway and Sweden held talks on Monday.\nTom Wu was elected in 2010. Prime Minister Ann Lee appointed him Foreign Minister in 2019.",
			nil, []string{"Tom Wu -work_for-> Norway", "Tom Wu -work_for-> Sweden"},
			"two states named alike: no one state's minister"},
	})
}

// TestLowerPresidentApposed covers "the president, NAME," in lower case in
// a report about one state: the state's head only when the report names no
// organisation, whose president it might be; on invented stories.
func TestLowerPresidentApposed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held talks on Monday. Norway said trade would grow. Norway and Sweden met.\nThe current president, Ann Lee, said the talks went well.",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"a report about one state and no body: the state's president"},
		{"Norway held talks on Monday. Norway said trade would grow. Norway and Sweden met.\nThe current president, Ann Lee, said the talks went well. The Halvik Corporation said sales fell.",
			nil, []string{"Ann Lee -lead-> Norway"},
			"a company named: perhaps its president"},
		{"Norway and Sweden held talks on Monday.\nThe current president, Ann Lee, said the talks went well.",
			nil, []string{"Ann Lee -lead-> Norway", "Ann Lee -lead-> Sweden"},
			"two states named alike: no one state's president"},
		{"Tom Wu, a candidate in the Norwegian presidential election, held a rally in Oslo. Norway said the vote would be fair. Norway and Sweden met.\nThe Norwegian KGB arrested 33 Swedish individuals. Tom Wu vowed to cancel the decrees issued by the current president, Ann Lee, since 1995.",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"a body named, but the report is about the state's presidential election"},
	})
}
