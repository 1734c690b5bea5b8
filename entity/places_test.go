package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaceNames checks places and the organisation names that hold them,
// on sentences written for this test.
func TestPlaceNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, Oregon's Attorney General, spoke. Oregon sued Google on Monday.",
			[]string{"Oregon -sue-> Google"}, []string{"Attorney General of Oregon -sue-> Google"},
			"a state alone is no surname of the office named by it"},
		{"The plant in Lodi, Ohio, closed.",
			[]string{"Lodi -locate_in-> Ohio"}, nil,
			"a US state is a place of the gazetteer"},
		{"Ann Lee, a professor at the University of Michigan, and Tom Wu of the University of Southern Oregon spoke.",
			[]string{"Ann Lee -work_for-> University of Michigan", "Tom Wu -member_of-> University of Southern Oregon"},
			[]string{"Ann Lee -work_for-> University"},
			"a state after University of is part of the university's name"},
		{"Ann Lee taught at the Massachusetts Institute of Technology.",
			[]string{"Ann Lee -teach_at-> Massachusetts Institute of Technology"}, []string{"Ann Lee -teach_at-> Institute of Technology"},
			"a state's name leading an organisation's name is part of it"},
		{"Norway held a vote. The monument stands in the country's capital, Oslo.",
			[]string{"Oslo -capital_of-> Norway"}, nil,
			"the country's capital, named: the sentence states what the gazetteer knows"},
		{"The talks were held in Paris, France, United States and Canada.",
			nil, []string{"France -locate_in-> United States"},
			"a list of known places after a comma is no chain"},
		{"The museum is in Evansville, Indiana, United States.",
			[]string{"Indiana -locate_in-> United States"}, nil,
			"a chain of places that the gazetteer nests"},
		{"The exhibit moved to Marble Falls, Oregon.",
			[]string{"Marble Falls -locate_in-> Oregon"}, nil,
			"an unknown name, a comma and a known place that ends the phrase is a place"},
		{"Shows opened at Halden College in Marble Falls, Oregon and at a gallery in Lodi, Ohio or in Bergen.",
			[]string{"Marble Falls -locate_in-> Oregon", "Lodi -locate_in-> Ohio", "Halden College -locate_in-> Marble Falls"},
			[]string{"Halden College -locate_in-> Oregon"},
			"a town and its state end the address before and or or, as a state is no town of a list"},
		{"The prints hang in the Lund Museum of Modern Art at Halden University and in the Acme Institute of Technology in Bergen.",
			[]string{"Lund Museum of Modern Art -locate_in-> Halden University", "Acme Institute of Technology -locate_in-> Bergen"}, nil,
			"an institution's head noun before of, too, makes a place after at or in its location"},
		{"Talks were held in Oslo, Bergen and Tromso. Teams came from Texas, Oregon and Ohio.",
			nil, []string{"Oslo -locate_in-> Bergen", "Texas -locate_in-> Oregon"},
			"known places, a comma, and a list: no chain"},
		{"Ann Lee studied at Lund, Marburg, and Tromso. The firm has shops in Halden, Moss, Larvik, Horten and Bergen.",
			nil, []string{"Lund -locate_in-> Marburg", "Halden -locate_in-> Moss"},
			"names that go on after a comma to and, or to three more names, are a list"},
		{"Tom Wu lived in Marble Falls, Oregon, and Ann Lee grew up in Harlow, Essex, England. Buses run from Lodi, Ohio, or US-75 South.",
			[]string{"Marble Falls -locate_in-> Oregon", "Harlow -locate_in-> Essex", "Lodi -locate_in-> Ohio"}, nil,
			"an address ends before and with a clause, a chain of three places, or a road"},
		{"The minister held talks with the Green Party in Bergen. Tom Lee of Halden Steel met Ann Ward of Lund Bank in Oslo. The Vikings lost to the Falcons at Lund Arena.",
			[]string{"Ann Ward -work_for-> Lund Bank"},
			[]string{"Green Party -locate_in-> Bergen", "Lund Bank -locate_in-> Oslo", "Falcons -locate_in-> Lund Arena"},
			"a place that a verb takes is the meeting's or the game's, not where the party, the bank or the team sits"},
		{"Ann Lee was sent to the Sea Project in Lodi, Ohio. Police in Bergen arrested Tom Wu. Tom Wu worked among Syrian Christians in Aleppo. Ann Lee ministered for a year among the Hopi Indians in Arizona.",
			[]string{"Sea Project -locate_in-> Lodi", "Police -locate_in-> Bergen", "Christians -locate_in-> Aleppo", "Indians -locate_in-> Arizona"}, nil,
			"a body that a verb brings to a place, a subject and a people that a verb finds among keep their places"},
		{"Since the collapse of the empire in Poland, Lodz has grown slowly. In the north of Norway, Tromso is the largest town.",
			nil, []string{"Poland -locate_in-> Lodz", "Norway -locate_in-> Tromso"},
			"a place that closes an opening phrase is no region of the subject after the comma"},
		{"Police in Lodi, Ohio said the man fled. In Marble Falls, Oregon, police arrested him.",
			[]string{"Lodi -locate_in-> Ohio", "Marble Falls -locate_in-> Oregon"}, nil,
			"a town and its state inside the subject, or inside an opening phrase, stay an address"},
		{"There are shows at the Lund Gallery at Halden College in Marble Falls, New York and a Tom Wu exhibit at the Acme Museum in Bergen.",
			[]string{"Halden College -locate_in-> Marble Falls", "Marble Falls -locate_in-> New York"},
			[]string{"Halden College -locate_in-> New York"},
			"a town and its state before and with an indefinite phrase stay an address, not a list of places"},
		{"The award went to Michael Lund, Oregon's best teacher.",
			nil, []string{"Michael Lund -locate_in-> Oregon"},
			"a person's name before a comma and a possessive place stays a person"},
		{"Ola Berg of Norway beat Tom Wu of Canada in Bergen on Friday.",
			nil, []string{"Canada -locate_in-> Bergen"},
			"a state lies in no city: the place after a player's country places the match"},
		{"Sweden hosted talks in Oslo. Canada met Peru in Lima.",
			[]string{"Canada -meet-> Peru"}, []string{"Peru -locate_in-> Lima", "Canada -locate_in-> Lima"},
			"a state that acts in a city is not located in it"},
		{"Air Canada merged with Jazz Airways on Monday. Tom Wu, the chief executive of Air Canada, praised the deal.",
			[]string{"Air Canada -merge_with-> Jazz Airways", "Tom Wu -lead-> Air Canada"}, []string{"Tom Wu -lead-> Air", "Canada -merge_with-> Jazz Airways"},
			"a word and a place that the recogniser reads whole as an organisation is one company"},
		{"Storms in Peru's Lamba Vieja province killed ten people.",
			[]string{"Lamba Vieja -locate_in-> Peru"}, []string{"Lamba Vieja -member_of-> Peru"},
			"an unknown name of two words before a lower-case word for a region names the region, as one word does"},
	})
}
