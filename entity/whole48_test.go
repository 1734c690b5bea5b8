package entity

import "testing"

// TestAstronautWorksForAgency checks that an agency's astronaut or
// cosmonaut, the agency written before the noun, works for it, each name of
// a list too, and that a nationality before the noun says only where the
// holder is from, on documents written for this test.
func TestAstronautWorksForAgency(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"NASA astronaut Tom Ferrel said the flight was smooth.",
			[]string{"Tom Ferrel -work_for-> NASA"}, nil,
			"an agency's astronaut"},
		{"The rocket carried NASA astronauts Tom Ferrel and Jim Oakes into orbit.",
			[]string{"Tom Ferrel -work_for-> NASA", "Jim Oakes -work_for-> NASA"}, nil,
			"the noun titles each name of the list"},
		{"Russian cosmonaut Ivan Drugov said the flight was smooth.",
			[]string{"Ivan Drugov -from-> Russia"}, []string{"Ivan Drugov -work_for-> Russia"},
			"a nationality says where the cosmonaut is from"},
	})
}

// TestObjectPartnerIsActedOn checks that a partner joined to an object by
// "along with" or "as well as", set off by commas, is acted on too, after
// a verb or an act noun, while one of another kind, or one joined by
// "alongside", is left to the doer, on documents written for this test.
func TestObjectPartnerIsActedOn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The European Commission fined Halvik Corp, along with Globex Inc, for the spill.",
			[]string{"European Commission -fine-> Halvik Corp", "European Commission -fine-> Globex Inc"}, nil,
			"the object's partner is fined too"},
		{"The European Commission's selection of Halvik Corp, as well as Globex Inc, surprised analysts.",
			[]string{"European Commission -select-> Halvik Corp", "European Commission -select-> Globex Inc"}, nil,
			"the act noun's partner is selected too"},
		{"Ann Lee joined Halvik Corp, along with Tom Wu, in 2010.",
			[]string{"Ann Lee -join-> Halvik Corp"}, []string{"Ann Lee -join-> Tom Wu"},
			"a person is no second company joined"},
		{"Norway fought Denmark Corp, alongside Globex Inc, in court.",
			[]string{"Norway -fight-> Denmark Corp"}, []string{"Norway -fight-> Globex Inc"},
			"alongside joins the doer's partner"},
	})
}

// TestAlsoHomeToLocates checks that "is also home to", which the tagger
// reads with a noun "home", places what the place is home to in it as "is
// home to" does, after a relative set off after a place and its region
// too, and that a list titled by "the cities" names places, on documents
// written for this test.
func TestAlsoHomeToLocates(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Marion County is also home to the city of Salem.",
			[]string{"Salem -locate_in-> Marion County"}, nil,
			"an adverb before home"},
		{"Renton lies in Malvern County, Oregon, which is also home to the cities Pellham and Kirby.",
			[]string{"Pellham -locate_in-> Malvern County", "Kirby -locate_in-> Malvern County"},
			[]string{"Malvern County -home_to-> Kirby", "Pellham -locate_in-> Oregon"},
			"each city of the list lies in the county, not its region"},
	})
}

// TestHomeInPlace checks that a person at his or her own home "in" a
// place lives there, the place perhaps after "the state of", while a death
// there gives only die_in and a home of another named person nothing, on
// documents written for this test.
func TestHomeInPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was arrested Monday at his home in the neighboring state of Vermont.",
			[]string{"Tom Wu -live_in-> Vermont"}, nil,
			"the place after the state of"},
		{"Ann Lee was interviewed at her home in Oslo.",
			[]string{"Ann Lee -live_in-> Oslo"}, nil,
			"the place right after in"},
		{"Tom Wu died at his home in Oslo.",
			[]string{"Tom Wu -die-> in Oslo"}, []string{"Tom Wu -live_in-> Oslo"},
			"a death at home says die_in alone"},
	})
}

// TestNationalityNounBeforeName checks that a nationality and its
// lower-case nouns set off before a name ("a Norwegian journalist, Ann
// Lee,") relate the person to the state as the apposition after the name
// does, on documents written for this test.
func TestNationalityNounBeforeName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police detained a Norwegian journalist, Ann Lee, at the airport.",
			[]string{"Ann Lee -from-> Norway"}, nil,
			"a trade noun says where she is from"},
		{"A Swedish diplomat, Tom Wu, met the mayor.",
			[]string{"Tom Wu -work_for-> Sweden"}, nil,
			"a diplomat works for the state"},
	})
}
