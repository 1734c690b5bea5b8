package entity

import (
	"testing"

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
