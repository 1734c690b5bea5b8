package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPluralHolders covers a role or founder's noun in the plural after a
// copula whose subject is a list of people: each holds the role in the
// body, on invented stories.
func TestPluralHolders(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Charity news\n\nMira Holt and Joel Sand are co-founders of Oxfam.",
			[]string{"Mira Holt -found-> Oxfam", "Joel Sand -found-> Oxfam"}, nil,
			"co-founders after are: each member of the list"},
		{"Software news\n\nRita Voss and Tom Wu were the founders of Microsoft.",
			[]string{"Rita Voss -found-> Microsoft", "Tom Wu -found-> Microsoft"}, nil,
			"the founders after were"},
		{"Music news\n\nMira Holt and Joel Sand were members of the rock band Velvet Hounds.",
			[]string{"Mira Holt -member_of-> Velvet Hounds", "Joel Sand -member_of-> Velvet Hounds"}, nil,
			"members of a band named after its noun"},
	})
}

// TestBothFromState covers "both from" and a state after a list of
// people, the list opened by a preposition or not: each is from the
// state, on invented stories.
func TestBothFromState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Chess news\n\nMira Holt and Joel Sand, both from Norway, drew their games on Sunday.",
			[]string{"Mira Holt -from-> Norway", "Joel Sand -from-> Norway"}, nil,
			"both from a state after the list"},
		{"Ski news\n\nThe medals went to Rita Voss and Tom Wu, both from Austria, on Saturday.",
			[]string{"Rita Voss -from-> Austria", "Tom Wu -from-> Austria"}, nil,
			"the list opened by to"},
		{"Party news\n\nThe deal was signed by Rita Voss and Tom Wu, both members of the Green Party.",
			[]string{"Rita Voss -member_of-> Green Party", "Tom Wu -member_of-> Green Party"}, nil,
			"the list opened by by, an organisation after both"},
	})
}

// TestOpenedTies covers a list of states that opens, makes or mends a tie
// or talks: the tie is between them, unless a with-phrase names the
// partner, on invented stories.
func TestOpenedTies(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Trade news\n\nPeru and Bolivia opened economic ties on Monday.",
			[]string{"Peru -open_ties_with-> Bolivia"}, nil,
			"opened ties: a tie between the list's members"},
		{"Diplomacy news\n\nEcuador and Paraguay established diplomatic relations in 1990.",
			[]string{"Ecuador -establish_relations_with-> Paraguay"}, nil,
			"established relations"},
		{"Diplomacy news\n\nThe neighbouring nations of Chile and Bolivia restored ties after the dispute.",
			[]string{"Chile -restore_ties_with-> Bolivia"}, nil,
			"the nations of a list of states"},
		{"Diplomacy news\n\nThe small nations of Chile and Bolivia opened diplomatic relations with the country.",
			nil, []string{"Chile -open_relations_with-> Bolivia", "Bolivia -open_relations_with-> Chile"},
			"a partner named by a noun after with"},
	})
}

// TestAnnouncedTheirAct covers a list that announces or confirms "their"
// act done together: the act is between the members, and a phrase naming
// a member of the list names no outside partner, on invented stories.
func TestAnnouncedTheirAct(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Business news\n\nNokia and Ericsson announced their merger on Monday.",
			[]string{"Nokia -merge_with-> Ericsson"}, nil,
			"announced their merger"},
		{"Business news\n\nMicrosoft and Nokia confirmed their agreement over selling the Danish stores to Nokia.",
			[]string{"Microsoft -agree_with-> Nokia"}, nil,
			"a to-phrase naming a member of the list"},
	})
}

// TestGerundPhrase covers a to-phrase after a prepositional gerund
// ("over selling the stores to Nokia"): the gerund's, not the main
// verb's, on invented stories.
func TestGerundPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Business news\n\nMicrosoft announced a deal on Monday about selling its Danish stores to Nokia.",
			nil, []string{"Microsoft -announce_to-> Nokia"},
			"to-phrase of the gerund"},
		{"Business news\n\nMicrosoft sold its Danish stores to Nokia.",
			[]string{"Microsoft -sell_to-> Nokia"}, nil,
			"a to-phrase of the main verb stays"},
	})
}
