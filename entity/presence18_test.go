package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPresence18 checks places, presence and actions stated as nouns
// (gold18 round).
func TestPresence18(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The fire broke out in Halby, Westshire, UK on Sunday.",
			[]string{"Halby -locate_in-> Westshire", "Westshire -locate_in-> United Kingdom"}, nil,
			"an address of a town, an unknown county and a country places the county in the country"},
		{"Ann Lee lived in Halby, Westshire, England until 2001.",
			[]string{"Westshire -locate_in-> England"}, nil,
			"an address may end in a region the gazetteer knows"},
		{"Troops from Chad, Halvik, Niger and Mali arrived.",
			nil, []string{"Halvik -locate_in-> Niger"},
			"a state before the comma opens a list, no address"},
		{"Halvia is Africa's biggest economy and most populous country.",
			[]string{"Halvia -locate_in-> Africa"}, nil,
			"a place ranked first among another's places lies in it"},
		{"Officials in Halby, Norway's second-largest city, said the bridge had collapsed.",
			[]string{"Halby -locate_in-> Norway"}, nil,
			"a superlative place in apposition"},
		{"Halby is Norway's largest city council.",
			nil, []string{"Halby -locate_in-> Norway"},
			"a place noun that modifies another noun names no place"},
		{"U.S. troops left Iraq in 2011, then returned three years later.",
			[]string{"U.S. troops -leave-> Iraq"}, nil,
			"a name and a plural for people before a participle are the subject of a past tense"},
		{"No group claimed the attack, but some Iraqi militias associated with Iran had made threats against U.S. personnel.",
			[]string{"Iraqi militias -threaten-> U.S. personnel", "Iraqi militias -associate_with-> Iran"}, nil,
			"militias after a nationality are a group, and threats made against an actor threaten it"},
		{"Hezbollah militiamen fired rockets at Israel.",
			[]string{"Hezbollah -fire_rockets_at-> Israel"}, []string{"Hezbollah militias -locate_in-> Israel"},
			"militias after an armed movement's name are the movement"},
		{"The government was formed in 2003 after a U.S.-led coalition ousted Tom Wu.",
			[]string{"U.S.-led coalition -oust-> Tom Wu", "United States -lead-> U.S.-led coalition"}, nil,
			"a coalition named by the state that leads it is an actor, which the state leads"},
		{"The Saudi-led coalition bombed Sanaa on Monday.",
			[]string{"Saudi-led coalition -bomb-> Sanaa", "Saudi Arabia -lead-> Saudi-led coalition"}, nil,
			"by the state's adjective too"},
		{"The Norway-led coalition talks failed.",
			nil, []string{"Norway -lead-> Norway-led coalition"},
			"a coalition noun that modifies another noun names no coalition"},
		{"Norway built the bridge in partnership with Sweden.",
			[]string{"Norway -partner_with-> Sweden"}, nil,
			"an act done in partnership with an actor"},
		{"In coordination with the United Nations, Kenya delivered aid to Somalia.",
			[]string{"Kenya -coordinate_with-> United Nations"}, nil,
			"the phrase opening the sentence, before the clause's subject"},
		{"Ann Lee was Tom Wu's running mate in 2016.",
			[]string{"Ann Lee -running_mate_of-> Tom Wu"}, nil,
			"a running mate stated by a copula and the candidate's possessive"},
		{"Ann Lee, Tom Wu's running mate, spoke on Monday.",
			[]string{"Ann Lee -running_mate_of-> Tom Wu"}, nil,
			"and in an apposition"},
		{"Ann Lee was Tom Wu's running mate selection committee chair.",
			nil, []string{"Ann Lee -running_mate_of-> Tom Wu"},
			"running mate modifying another noun names no running mate"},
		{"While Halvia is a commonwealth of the United States, it is not a state.",
			[]string{"Halvia -locate_in-> United States"}, nil,
			"a copula and a description of a kind of place place it"},
		{"Tom Wu resigned as the governor of the United States commonwealth of Halvia.",
			[]string{"Halvia -locate_in-> United States"}, nil,
			"a state's name before a kind of place and of places the place in it"},
		{"The storm hit the Australian territory of Norfolk Island.",
			[]string{"Norfolk Island -locate_in-> Australia"}, nil,
			"a territory is a kind of place"},
		{"The Norway state of emergency ended.",
			nil, []string{"emergency -locate_in-> Norway"},
			"a state's name before a noun and of names no place after it"},
		{"There are about 5000 U.S. troops in Iraq.",
			[]string{"U.S. troops -locate_in-> Iraq"}, nil,
			"an existential sentence places the group it states in the place after in"},
		{"Tom Wu said there were reportedly 300 Russian soldiers now in Halvia.",
			[]string{"Russian troops -locate_in-> Halvia"}, nil,
			"adverbs and a number before the group, an adverb before in"},
		{"There are many people in Oslo.",
			nil, []string{"people -locate_in-> Oslo"},
			"people in general are no actor"},
	})
}
