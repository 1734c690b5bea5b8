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
		{"According to Halvik Observer editor Keni Lesa, the movement was able to tap into mistrust.", "Keni Lesa", schema.Person, schema.Person,
			"the noun after the comma heads the clause's subject, no apposition"},
	})
}
