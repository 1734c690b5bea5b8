package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestRomanceBodyName checks a body's name in French, Spanish or Italian,
// whose "de", "du" or "della" after the head noun goes on the name as "of"
// does in English; the particles of a person's name stay a person's.
func TestRomanceBodyName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Ann Lee, who works at the Observatoire de Paris, spoke on Monday.", "Observatoire de Paris", schema.Organization, schema.Organization, "a head noun, de and a city"},
		{"Ann Lee, who works at the Observatoire de Paris, spoke on Monday.", "Paris", "", "", "the city inside the name is no mention"},
		{"Tom Wu studied at the Université de Bergen until 2001.", "Université de Bergen", schema.Organization, schema.Organization, "a university named by its town"},
		{"Ola Berg joined the Brigade de Recherche et d'Intervention in 2010.", "Brigade de Recherche et d'Intervention", schema.Organization, schema.Organization, "et and an elided particle go on the name"},
		{"Ola Berg joined the Brigade de Recherche et d'Intervention in 2010.", "de Recherche", "", "", "no person after the head noun"},
		{"Mia Holm directs the Institut National de Recherche Agronomique in Lyon.", "Institut National de Recherche Agronomique", schema.Organization, schema.Organization, "an adjective before de"},
		{"Mia Holm works at the Institut de Recherche pour le Climat in Oslo.", "Institut de Recherche pour le Climat", schema.Organization, schema.Organization, "pour le goes on the name"},
		{"Bo Lind met Mayor Bill de Blasio in Queens.", "Bill de Blasio", schema.Person, schema.Person, "a person's particle is unchanged"},
	})
}

// TestNames2Spans covers names that the chunker cut at a word spelled like
// a title, or joined to the wrong neighbour, and a lone word after a
// person's name and "of", which names where the person works, never a
// person.
func TestNames2Spans(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In 1962 Ola Berg met Martin Luther King Jr. in Chicago.",
			[]string{"Ola Berg -meet-> Martin Luther King Jr"}, []string{"Ola Berg -meet-> Jr"},
			"a title's word before a generational suffix is the surname"},
		{"Per Lund thanked Tom Bishop Sr. and Ann Lee on Friday.",
			[]string{"Per Lund -thank-> Tom Bishop Sr"}, nil,
			"the same with Sr."},
		{"Ann Lee, who spoke with Tom Wu of Velmora, left early.",
			[]string{"Tom Wu -member_of-> Velmora"}, nil,
			"a lone word after a person's name and of is a body"},
		{"Ann Lee met Tom Wu of Velmora.",
			[]string{"Ann Lee -meet-> Tom Wu", "Tom Wu -member_of-> Velmora"}, nil,
			"at a sentence's end too"},
		{"Tom Wu of Velmora said the plant would close.",
			nil, []string{"Velmora -say-> plant"},
			"the body after of does not speak for the person"},
		{"In 1950 Ann Lee married talent agent Bertil \"Bert\" Roe in Oslo.",
			[]string{"Ann Lee -marry-> Bertil Roe"}, nil,
			"a role noun before a given name, a quoted nickname and a surname"},
		{"Ola Berg wrote to the Command and Control Centre of the Navy in May.",
			[]string{"Ola Berg -write_to-> Command and Control Centre of the Navy"}, []string{"Ola Berg -write_to-> Command"},
			"a lone head noun before and opens one centre's name"},
	})
}

// TestNameAffiliationTypes checks the type of the lone word after a
// person's name and "of".
func TestNameAffiliationTypes(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Tom Wu of Velmora said the plant would close.", "Velmora", schema.Organization, schema.Organization, "a body, not a speaker"},
		{"The suspect is Tom Wu of Tarbert, Texas.", "Tarbert", schema.GPE, schema.GPE, "a town before its state stays a town"},
		{"Eli Lund of Open the Books spoke.", "Open", "", "", "a longer name that goes on past a lower-case word"},
	})
}
