package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestPlaceHeads checks names a place's head word makes places: a title
// opening a name that ends in "City" or a region's noun is a word of that
// name, "County" opens a county's name, and "Parish" ends a parish's;
// a gazetteer name matches with or without its accents.
func TestPlaceHeads(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Ten people were hurt in General Velmora City on Monday.", "General Velmora City", schema.GPE, schema.GPE, "title opening a city's name"},
		{"The storm reached Sultan Orvek Province overnight.", "Sultan Orvek Province", schema.GPE, schema.GPE, "title opening a province's name"},
		{"General Tom Wu visited the base on Monday.", "Tom Wu", schema.Person, schema.Person, "a title before a person's name stays a title"},
		{"Warnings were issued for County Ardmore and County Kerry.", "County Kerry", schema.GPE, schema.GPE, "County opens a county's name"},
		{"Smoke darkened the sky over São Paulo and Rio de Janeiro.", "São Paulo", schema.GPE, schema.GPE, "the gazetteer's Sao Paulo, written with its accent"},
		{"Troops of the Korean People’s Army moved north.", "Korean People's Army", schema.Organization, schema.Organization, "a curly apostrophe keeps the gazetteer's name"},
		{"Residents of Velmora Parish were told to leave.", "Velmora Parish", schema.GPE, schema.GPE, "a parish of Louisiana or Jamaica"},
	})
}

// TestJournals checks that the name of the journal a study is published in
// is an organisation's, not a person's or a place's, as is a website's.
func TestJournals(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"In findings published this month in Velmora Applications, scientists examine the birds.", "Velmora Applications", schema.Organization, schema.Organization, "a study published in a journal"},
		{"Researchers published a study in Orvek Reports on Wednesday.", "Orvek Reports", schema.Organization, schema.Organization, "published a study in"},
		{"The number is rising, according to the Orvek website.", "Orvek", schema.Organization, schema.Organization, "a site named before website"},
		{"The study appeared in the journal Marine Velmora last week.", "Marine Velmora", schema.Organization, schema.Organization, "the journal before its name"},
		{"Tom Wu published a novel in Port Velmora.", "Port Velmora", schema.Person, schema.GPE, "no study: the rules' and the recogniser's reading stay"},
	})
}

// TestLongerHeadOfPlace checks that an organisation's head with a word or
// two before it, "of" and a known place make one name, and that a campus's
// town after a comma is part of a university's name.
func TestLongerHeadOfPlace(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"He was flown to the Medical University of Gdańsk on Monday.", "Medical University of Gdańsk", schema.Organization, schema.Organization, "accented town after of"},
		{"She teaches at the Technical University of Munich.", "Technical University of Munich", schema.Organization, schema.Organization, "two words before of"},
		{"The death was announced by the University of Colorado, Denver.", "University of Colorado, Denver", schema.Organization, schema.Organization, "a campus after a comma"},
		{"The University of Colorado, Denver's chancellor spoke.", "University of Colorado, Denver", schema.Organization, schema.Organization, "the possessive is the campus's"},
		{"She earned a degree from the University of Oxford, England.", "University of Oxford", schema.Organization, schema.Organization, "a region after the comma is where it lies"},
	})
}

// TestWebDomains checks that a name written as a web domain is an
// organisation's, and that a town and "Bulletin" name a paper.
func TestWebDomains(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Ann Lee, in remarks to Velmora.com.br, said the fire was big.", "Velmora.com.br", schema.Organization, schema.Organization, "a site after to, no place"},
		{"The data sat on Orvek.com web servers.", "Orvek.com", schema.Organization, schema.Organization, "a company named by its site"},
		{"According to Manila Bulletin, the quake was strong.", "Manila Bulletin", schema.Organization, schema.Organization, "a town's paper"},
		{"Tom Wu arrived in St. Louis on Monday.", "St. Louis", schema.GPE, schema.GPE, "an abbreviation with a stop is no domain"},
	})
	for _, w := range []string{"U.S.", "e.g.", "Mr.Smith", "No.1", "Velmora.", ".com"} {
		if webDomain(w) {
			t.Errorf("webDomain(%q) = true, want false", w)
		}
	}
}
