package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestJournals checks that the name of the journal a study is published in
// is an organisation's, not a person's or a place's.
func TestJournals(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"In findings published this month in Velmora Applications, scientists examine the birds.", "Velmora Applications", schema.Organization, schema.Organization, "a study published in a journal"},
		{"Researchers published a study in Orvek Reports on Wednesday.", "Orvek Reports", schema.Organization, schema.Organization, "published a study in"},
		{"The study appeared in the journal Marine Velmora last week.", "Marine Velmora", schema.Organization, schema.Organization, "the journal before its name"},
		{"Tom Wu published a novel in Port Velmora.", "Port Velmora", schema.Person, schema.GPE, "no study: the rules' and the recogniser's reading stay"},
	})
}
