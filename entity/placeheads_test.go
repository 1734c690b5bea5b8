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
		{"Residents of Velmora Parish were told to leave.", "Velmora Parish", schema.GPE, schema.GPE, "a parish of Louisiana or Jamaica"},
	})
}
