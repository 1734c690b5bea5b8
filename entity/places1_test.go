package entity

import "testing"

// TestPersonOfPlaceSetOff covers "of" and a town set off after a person's
// name by a comma, alone or after the person's age: the person is from the
// town, as without the comma.
func TestPersonOfPlaceSetOff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police arrested Tom Hale, 45, of Allen, Texas, on Monday.",
			[]string{"Tom Hale -from-> Allen"}, nil, "age between commas"},
		{"Ann Lee, of Bergen, Norway, won the race.",
			[]string{"Ann Lee -from-> Bergen"}, nil, "of alone"},
		{"Sam Cole, a 33-year-old man of Bethesda, Maryland, was charged.",
			[]string{"Sam Cole -from-> Bethesda"}, nil, "a year-old man"},
		{"Tom Berg, aged 61, of Leeds, was fined.",
			[]string{"Tom Berg -from-> Leeds"}, nil, "aged"},
		{"Police arrested Tom Hale, 45, in Allen, Texas, on Monday.",
			nil, []string{"Tom Hale -from-> Allen"}, "in says where the arrest was"},
	})
}

// TestPlaceNounOfName covers a name of two or more words that the
// gazetteer does not know after a lower-case word for a place and "of"
// ("the province of Central Java"): it names a place, as a lone word
// there does, and no person.
func TestPlaceNounOfName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee visited the province of West Halvia on Monday.",
			[]string{"Ann Lee -visit-> West Halvia"}, nil, "a compass word opens the name"},
		{"Police arrested Tom Hale in the town of Velby Point in the province of Central Halvia.",
			[]string{"Velby Point -locate_in-> Central Halvia"}, nil, "a town in a province"},
		{"Tom Hale, the governor of the province of East Halvia, resigned.",
			[]string{"Tom Hale -lead-> East Halvia"}, nil, "a governor's province"},
	})
}

// TestListedBodiesIn covers bodies joined by "and" before an in-phrase:
// each institution listed, or each body listed after a plural noun that
// they are instances of, is in the place; firms listed after a verb are
// not (the phrase may say where the act took place).
func TestListedBodiesIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Researchers from Halvik University and Velby College in Norway reported the find.",
			[]string{"Halvik University -locate_in-> Norway", "Velby College -locate_in-> Norway"}, nil, "two institutions"},
		{"The Halvik Museum and the Velby Gallery in Bergen received grants.",
			[]string{"Halvik Museum -locate_in-> Bergen", "Velby Gallery -locate_in-> Bergen"}, nil, "and the"},
		{"Grants went to Halden College, Norden University and the Velby Museum in Bergen.",
			[]string{"Halden College -locate_in-> Bergen", "Norden University -locate_in-> Bergen"}, nil, "a list of three"},
		{"Regulators fined Globex Bank and Halvik Bank in Oslo on Monday.",
			nil, []string{"Globex Bank -locate_in-> Oslo"}, "firms"},
	})
}

// TestPlacedActorSubject covers a named actor placed by "in" or "of" and a
// town with its region after a comma at the start of a clause: the
// extractor reads the region as the subject, and the actor is.
func TestPlacedActorSubject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik Bank in Bergen, Norway hired Ann Lee.",
			[]string{"Halvik Bank -hire-> Ann Lee", "Halvik Bank -locate_in-> Bergen"}, []string{"Norway -hire-> Ann Lee"}, "a bank in a town"},
		{"Tom Hale of Velby, Texas sued Globex Corporation.",
			[]string{"Tom Hale -sue-> Globex Corporation"}, []string{"Texas -sue-> Globex Corporation"}, "a person of a town"},
		{"The festival in Bergen, Norway drew Ann Lee.",
			nil, []string{"Norway -draw-> Ann Lee"}, "no actor before the phrase"},
	})
}

// TestPairFromPlace covers a home set off by a comma after two people
// joined by "and" (with their ages, or "his wife"): each is from it. Not
// without the comma, nor when the pair is the object of "of".
func TestPairFromPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Hale and Ann Lee, from Velby, were arrested.",
			[]string{"Tom Hale -from-> Velby", "Ann Lee -from-> Velby"}, nil, "a pair"},
		{"Tom Hale, 42, and his wife Ann Hale, 36, from Velby, Norway, were convicted.",
			[]string{"Tom Hale -from-> Velby", "Ann Hale -from-> Velby"}, nil, "ages and his wife"},
		{"Sam Cole, 51, and Ola Berg, 49, of Velby, Norway, were fined.",
			[]string{"Sam Cole -from-> Velby", "Ola Berg -from-> Velby"}, nil, "of after ages"},
		{"Police met Tom Hale and Ann Lee from Velby.",
			nil, []string{"Tom Hale -from-> Velby"}, "no comma"},
		{"The son of Tom Hale and Ann Lee, from Velby, was arrested.",
			nil, []string{"Tom Hale -from-> Velby"}, "after of"},
	})
}

// TestBothOfInPlace covers "both of" a town after two people (with their
// ages or not), which makes each from it as "both from" does, and "both
// in" a place after two bodies, which places each; people "both in" a
// place are only there.
func TestBothOfInPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Hale and Ann Lee, both of Velby, were arrested.",
			[]string{"Tom Hale -from-> Velby", "Ann Lee -from-> Velby"}, nil, "both of"},
		{"Police arrested Tom Hale, 42, and Ann Lee, 36, both of Bergen, Norway.",
			[]string{"Tom Hale -from-> Bergen", "Ann Lee -from-> Bergen"}, nil, "ages in the list"},
		{"Halvik University and Velby College, both in Norway, hired Tom Hale.",
			[]string{"Halvik University -locate_in-> Norway", "Velby College -locate_in-> Norway"}, nil, "bodies both in"},
		{"Scientists from the Halvik Institute of Marine Science (HIMS) and Velby College, both in Norway, reported the find.",
			[]string{"Halvik Institute of Marine Science -locate_in-> Norway", "Velby College -locate_in-> Norway"}, nil,
			"bodies both in, listed after a preposition, a short name in brackets"},
		{"Scientists from Halvik University, Velby College and Ardal College, both in Norway, reported the find.",
			nil, []string{"Halvik University -locate_in-> Norway", "Velby College -locate_in-> Norway"},
			"three bodies: both cannot sum them up"},
		{"Scientists from Halvik University and Tom Hale, both in Norway, reported the find.",
			nil, []string{"Halvik University -locate_in-> Norway"}, "a person in the list"},
		{"Tom Hale and Ann Lee, both in Oslo for talks, met Sam Cole.",
			nil, []string{"Tom Hale -locate_in-> Oslo", "Tom Hale -from-> Oslo"}, "people both in"},
	})
}

// TestTownAfterInBeforeState covers an unknown name of two words after
// "in" and before a comma and a state, with a date after the state: it
// names a town of the state, not a person.
func TestTownAfterInBeforeState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The jet was damaged in an incident in Velby Heights, Ohio on May 3, 1990.",
			[]string{"Velby Heights -locate_in-> Ohio"}, nil, "a date after the state"},
		{"Ann Lee was arrested in Halvik Springs, Oregon on Monday.",
			[]string{"Halvik Springs -locate_in-> Oregon"}, nil, "arrested in"},
	})
}

// TestCountryBeforeUnknownName covers a known country, a comma and a name
// the gazetteer does not know: the country lies in no such place, so the
// name is no address; a town before an unknown region still is one.
func TestCountryBeforeUnknownName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The divers surveyed reefs off the coast of Norway, Velia minor, Orca alba, and Tessa nigra.",
			nil, []string{"Norway -locate_in-> Velia"}, "a list of species after the country"},
		{"The divers surveyed two corals off Norway, Velia minor and Orca alba.",
			nil, []string{"Norway -locate_in-> Velia"}, "two species after the country"},
		{"The divers sailed to Velby, Halvern on Monday.",
			[]string{"Velby -locate_in-> Halvern"}, nil, "an unknown town and region: an address"},
	})
}

// TestPlaceInKindOf covers a place, "in the", a word for a kind of place
// and "of" before a place: the first lies in the second, wherever the
// parser attaches the phrase, and an unknown name there after a place
// preposition or "including" is a town's; not a verb's object, which is
// mostly a person's surname.
func TestPlaceInKindOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The storm hit Bergen in the county of Vestland on Monday.",
			[]string{"Bergen -locate_in-> Vestland"}, nil, "a known town after a verb"},
		{"Two towns, including Velby in the province of Central Halvia, declared a state of calamity.",
			[]string{"Velby -locate_in-> Central Halvia"}, nil, "an unknown town after including"},
		{"Floods were reported in Velby in the province of Central Halvia.",
			[]string{"Velby -locate_in-> Central Halvia"}, nil, "an unknown town after in"},
		{"Police arrested Halvorsen in the province of Dalarna on Monday.",
			[]string{"Police -arrest-> Halvorsen"}, []string{"Halvorsen -locate_in-> Dalarna"}, "a verb's object"},
		{"Ann Lee met Tom Wu in the city of Bergen.",
			nil, []string{"Tom Wu -locate_in-> Bergen"}, "a person"},
		{"The storm hit Bergen, a city in the county of Vestland, on Monday.",
			[]string{"Bergen -locate_in-> Vestland"}, nil, "a description of the town's kind before it"},
		{"Velby, a town in the province of Central Halvia, was hit.",
			[]string{"Velby -locate_in-> Central Halvia"}, nil, "an unknown town described"},
	})
}
