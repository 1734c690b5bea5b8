package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestApposedKind checks that the head noun of an apposition or a
// copula's complement types a name kg does not know, whatever the
// recogniser reads in its words, and that a noun heading the clause
// after an opening phrase's comma types nothing.
func TestApposedKind(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Vyasna, an independent Belarusian human rights center, said the police detained 40 people.", "Vyasna", "", schema.Organization,
			"an apposition headed by center names a body"},
		{"Telvarik, a Ghanaian telecom company, acquired two units.", "Telvarik", schema.Organization, schema.Organization,
			"an apposition headed by company names a body"},
		{"Ostrova Kemi, a town close to the border, was flooded on Monday.", "Ostrova Kemi", schema.Person, schema.GPE,
			"an apposition headed by town names a town"},
		{"Dravenko, a lawyer for the family, said the police lied.", "Dravenko", "", schema.Person,
			"an apposition headed by a role noun names a person"},
		{"Orvanta, Japan's largest leasing firm, said profits fell.", "Orvanta", "", schema.Organization,
			"a state's possessive opens the apposition"},
		{"Vyasna said the police detained 40 people. Vyasna, an independent human rights center, said so.", "Vyasna", schema.Person, schema.Organization,
			"the apposition types the word's earlier mention too"},
		{"Korvath was flooded on Monday. Korvath, a town close to the border, has 400 people.", "Korvath", "", schema.GPE,
			"a town's apposition after a guessed mention"},
		{"Velmorix, the country's largest bank, said profits fell.", "Velmorix", schema.Organization, schema.Organization,
			"the head noun after the country's possessive"},
		{"This is his second cabinet after taking over both the state and ruling party, Zanu Velmor, following the coup.", "Zanu Velmor", schema.Person, schema.Organization,
			"a body's description before the name, set off by commas"},
		{"Speaking at the party, Velmor Kara, a lawyer, said no.", "Velmor Kara", schema.Person, schema.Person,
			"a description after a preposition is no apposition of the name"},
		{"According to Halvik Observer editor Keni Lesa, the movement was able to tap into mistrust.", "Keni Lesa", schema.Person, schema.Person,
			"the noun after the comma heads the clause's subject, no apposition"},
	})
}

// TestCorporateKind checks that a name kg does not know is a business's
// where it deals as one (acquires, buys a stake), has shares or a chief
// executive, or is what a stake is in, whatever the recogniser reads in
// it, and that a possessive state before such a lone word places it.
func TestCorporateKind(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Telvarik acquired two units from Halvik Mobile.", "Telvarik", "", schema.Organization, "a lone word that acquires"},
		{"Orvanta will acquire Greenko Energy.", "Orvanta", "", schema.Organization, "a modal and the verb's base form"},
		{"Orvanta has agreed to buy a 20% stake in Telvarik.", "Telvarik", schema.Organization, schema.Organization, "a stake in it"},
		{"Orvanta has agreed to buy a 20% stake in Telvarik.", "Orvanta", "", schema.Organization, "it buys a stake"},
		{"Japan's Orvanta to buy stake in India's Greenko Energy", "Orvanta", "", schema.Organization, "a headline's to and a state's possessive"},
		{"Orvanta shares fell 3% on Monday.", "Orvanta", schema.Organization, schema.Organization, "its shares"},
		{"Orvanta's chief executive said the deal was good.", "Orvanta", schema.Organization, schema.Organization, "its chief executive"},
		{"Damush and partners Hugues Mulliez and Nicolas Bourg acquired Telvarik in 2017.", "Nicolas Bourg", schema.Person, schema.Person,
			"a full name the recogniser reads as a person's stays one"},
		{"Dravenko bought a house in the village in 2010.", "Dravenko", "", schema.Person, "a house is no part of a company: the recogniser's person stays"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{text: "Japan's Orvanta will buy a stake in India's Greenko Energy.",
			want: []string{"Orvanta -locate_in-> Japan", "Orvanta -invest_in-> Greenko Energy"},
			why:  "a state's possessive places the lone word a business's deal typed"},
	})
}
