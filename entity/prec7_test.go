package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestShipsAreNoActors checks that a ship named after its kind or a motor
// vessel's prefix is no actor, on documents written for this test.
func TestShipsAreNoActors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ship sinks off Norway\n\nThe Indonesian cargo ship Skarv Nordlys sank in the Java Sea on Monday. Halvik Group had bought Skarv Nordlys in 2015.",
			nil, []string{"Skarv Nordlys -from-> Indonesia", "Skarv Nordlys -sink_in-> Java Sea", "Halvik Group -buy-> Skarv Nordlys"},
			"a cargo ship, and its name without the kind later"},
		{"Ship sinks off Norway\n\nThe Indonesian tanker Kaya Marindo sank in the Java Sea on Monday.",
			nil, []string{"Kaya Marindo -from-> Indonesia", "Kaya Marindo -sink_in-> Java Sea"},
			"a tanker"},
		{"Charity renames ship\n\nThe charity Sea Hope renamed its ship after Ali Demir, a boy who drowned in 2015. Its ship, MV Ali Demir, sails on Monday. \"This day is hard for me,\" said his father, Omar Demir.",
			[]string{"Omar Demir -parent_of-> Ali Demir"}, []string{"Omar Demir -parent_of-> MV Ali Demir"},
			"a motor vessel's prefix is no word of the boy's name it takes"},
	})
}
