package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStatedOwnGovernment checks that a state's own government named by
// the state's possessive ("Norway's government", "their government") is
// no stated part of the state, as "the Norwegian government" is not,
// while another body the possessive names still is, on sentences written
// for this test.
func TestStatedOwnGovernment(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway's government thanked Tom Wu on Monday.",
			[]string{"Norwegian government -thank-> Tom Wu"}, []string{"Norwegian government -part_of-> Norway"},
			"a state's possessive before government: the state's own government"},
		{"Officials from Peru said their government had expelled Ann Lee.",
			nil, []string{"Peruvian government -part_of-> Peru"},
			"a pronoun's possessive for the state before government"},
		{"Chile's Civil Defense Authority warned Tom Wu.",
			[]string{"Civil Defense Authority -part_of-> Chile"}, nil,
			"a state's possessive before another body of the state: part of it"},
	})
}

// TestReportedClauseSubject checks that the actor a verb of believing or
// reporting is followed by is no one believed or reported when a clause
// about it follows ("to be", or a finite verb after a relative clause or
// asides in commas), while speech addressed to an actor stays, on
// sentences written for this test.
func TestReportedClauseSubject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Police believe Tom Wu to be aged 25.",
			nil, []string{"Police -believe-> Tom Wu"},
			"a belief's object before to be: what is believed of it"},
		{"Halvik News reported Tom Wu, who died in Oslo, will be buried on Tuesday.",
			[]string{"Tom Wu -die-> in Oslo"}, []string{"Halvik News -report-> Tom Wu"},
			"a relative clause in commas between the reported clause's subject and its verb"},
		{"Swedish protesters have claimed Norway, especially, amongst other outside states, is unduly influencing the government.",
			nil, []string{"Swedish protesters -claim-> Norway"},
			"two asides in commas, one comma closing the first and opening the second"},
		{"Ann Lee warned Tom Wu to be careful. Ann Lee thanked Tom Wu, who leads the Halvik Party, for his help.",
			[]string{"Ann Lee -warn-> Tom Wu", "Ann Lee -thank-> Tom Wu", "Tom Wu -lead-> Halvik Party"}, nil,
			"speech addressed to an actor, and an act on one a relative clause describes"},
	})
}

// TestUnfinishedActs checks that an act under way or near ("in the process
// of leaving", "on the verge of quitting") and a passive infinitive after
// a named place ("the Strait of Hormuz to be unveiled at") are no acts
// done, while the act done stays, on sentences written for this test.
func TestUnfinishedActs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway is in the process of leaving the Nordic Council.",
			nil, []string{"Norway -leave-> Nordic Council"},
			"in the process of: under way, not done"},
		{"Ann Lee is on the point of quitting the Halvik Party.",
			nil, []string{"Ann Lee -quit-> Halvik Party"},
			"on the point of: near, not done"},
		{"Norway left the Nordic Council in the process.",
			[]string{"Norway -leave-> Nordic Council"}, nil,
			"the act done, with the noun elsewhere"},
		{"Ann Lee also announced a new fishing plan for the North Sea and the Baltic Sea to be presented at the United Nations General Assembly in May.",
			nil, []string{"Ann Lee -unveil_at-> UN General Assembly"},
			"a passive infinitive after a named place: the initiative is to be unveiled, by no one named yet"},
	})
}

// TestSitePlaces checks that where a building or a site lies is no fact
// between actors when a place phrase states it ("Bontddu Hall near
// Dolgellau"), whatever type the name was given, while a town whose name
// ends in Station and a body in a site stay placed, on sentences written
// for this test.
func TestSitePlaces(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"To mark 700 years of the Velmor Cathedral in Velmor, France, a choir sang in the square.",
			nil, []string{"Velmor Cathedral -locate_in-> France", "Velmor Cathedral -locate_in-> Velmor"},
			"a cathedral in a town"},
		{"Pilgrims marked 500 years of the Dorval Abbey in Dorval, France, on Sunday. The Kessa Priory in Kessa, Belgium, closed.",
			[]string{"Dorval -locate_in-> France", "Kessa -locate_in-> Belgium"}, []string{"Dorval Abbey -locate_in-> France", "Kessa Priory -locate_in-> Belgium"},
			"the town after a site's name and \"in\" is the town the site is named after, not the site again"},
		{"Fire erupts in parking structure at Sola Airport, Norway",
			nil, []string{"Sola Airport -locate_in-> Norway"},
			"an airport and its country in a headline"},
		{"On Friday, Ann Lee prayed at the Sultan Harith Grand Mosque in Muscat.",
			nil, []string{"Harith Grand Mosque -locate_in-> Muscat", "Sultan Harith Grand Mosque -locate_in-> Muscat"},
			"a mosque, whatever type its name was given"},
		{"Ann Lee died on Tuesday at a hospital in College Station, Texas.",
			[]string{"College Station -locate_in-> Texas"}, nil,
			"a town named with Station"},
	})
}
