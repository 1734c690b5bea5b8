package entity

import "testing"

// TestCommonNounOfName covers a plural common noun opening a sentence
// before "of" and a name ("Shares of Halvik Motors", "Sales of Velby
// Foods"), on invented stories: capitalised only because it opens the
// sentence, the noun is no word of the name.
func TestCommonNounOfName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Shares of Halvik Motors, a unit of Norden Steel, fell on Monday.",
			[]string{"Halvik Motors -part_of-> Norden Steel"}, []string{"Shares of Halvik Motors -part_of-> Norden Steel"},
			"shares of a company"},
		{"Profits of Velby Foods, a unit of Norden Steel, rose.",
			[]string{"Velby Foods -part_of-> Norden Steel"}, []string{"Profits of Velby Foods -part_of-> Norden Steel"},
			"profits of a company"},
		{"Bank of Halvik, based in Norway, rose.",
			[]string{"Bank of Halvik -locate_in-> Norway"}, nil,
			"a body's head noun still opens its name"},
	})
}

// TestAllOpensBody covers bodies whose names open with "All" ("All
// Nippon Airways", "All India Radio"), on invented stories: the word is
// part of the name, not a determiner.
func TestAllOpensBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"All Velby Airways ordered ten jets from Norden Aero.",
			[]string{"All Velby Airways -order_from-> Norden Aero"}, []string{"Velby Airways -order_from-> Norden Aero"},
			"an airline opening the sentence"},
		{"Tom Wu told All Halvik Radio that he would leave Norden.",
			[]string{"Tom Wu -tell-> All Halvik Radio"}, []string{"Tom Wu -tell-> Halvik Radio"},
			"a broadcaster inside a sentence"},
		{"All Norwegian troops left Velby.",
			[]string{"Norwegian troops -leave-> Velby"}, nil,
			"a quantified group keeps its quantifier outside"},
	})
}
