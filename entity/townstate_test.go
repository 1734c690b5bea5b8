package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestTownOfState checks that a lone name before a comma and a state is a
// town of the state, though the recogniser knows its word as a person's
// name, on sentences written for this test.
func TestTownOfState(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Engineer Ann Lee of Kobe, Japan, found the records.", "Kobe", schema.GPE, schema.GPE, "a word the recogniser knows as a given name"},
		{"Residents of Velmor, Norway fled the fire.", "Velmor", schema.GPE, schema.GPE, "an unknown word"},
		{"Tom Wu of Velmor, Texas, was arrested.", "Velmor", schema.GPE, schema.GPE, "a US state"},
		{"Yesterday, Norway fired two rockets.", "Yesterday", "", "", "an adverb opening the sentence is no town"},
		{"She ran for Sheriff of Velmor County, Texas in 2014.", "County", "", "", "a region's head word alone is no town"},
		{"Tanaka, Japan's envoy, met Tom Wu.", "Tanaka", "", "", "a possessive state: the name before it is no town of it"},
	})
}
