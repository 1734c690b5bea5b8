package entity

import "testing"

// TestOwnedParts checks the facts a possessive, and "of" with a state's
// name after an acronym, state between two names, on documents written
// for this test.
func TestOwnedParts(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Video site sold\n\nGoogle's YouTube removed the video on Monday.",
			[]string{"YouTube -part_of-> Google"}, nil,
			"a body's possessive before a body"},
		{"Storm hits islands\n\nRescuers reached Norway's Lofoten Islands on Monday.",
			[]string{"Lofoten Islands -locate_in-> Norway"}, nil,
			"a state's possessive before a named place"},
		{"Ships stranded\n\nFishing boats were stranded in Ukraine's Black Sea waters.",
			nil, []string{"Black Sea -locate_in-> Ukraine"},
			"waters that states share"},
		{"Database shows ship\n\nHalvik Traffic's AIS tracking database shows the ship near Oslo.",
			nil, []string{"AIS -part_of-> Halvik Traffic"},
			"a name that modifies a noun"},
		{"Permit suspended\n\nThe Federal Aviation Office (FAO) of Norway has suspended the airline's permit.",
			[]string{"Federal Aviation Office -part_of-> Norway"}, nil,
			"an acronym in brackets before of"},
		{"Group claims attack\n\nThe Islamic State (ISIL) of Iraq and the Levant claimed the attack.",
			nil, []string{"Islamic State -part_of-> Iraq"},
			"a name that runs on after the place"},
		{"Exchange opens\n\nThe Halvik Stock Exchange (HSE) of Norway opened on Monday.",
			[]string{"Halvik Stock Exchange -locate_in-> Norway"}, nil,
			"a body of no government after its acronym lies in the state"},
	})
}

// TestLongtimeOpensNoName checks that "Longtime" at a sentence's start
// describes the name after it, so the surname still names the person.
func TestLongtimeOpensNoName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Radio host dies\n\nRadio host Don Halvik died on Friday. Longtime Halvik fan Ann Lee wrote a tribute. Halvik was dropped in 2007 by MSNBC.",
			[]string{"MSNBC -drop-> Don Halvik"}, nil,
			"the surname after a sentence opened by Longtime"},
	})
}
