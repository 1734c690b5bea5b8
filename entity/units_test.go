package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPossessiveUnits covers armed bodies named Units after a plural
// possessive ("People's Protection Units"), on invented stories: one
// organisation, not a person and a stray word.
func TestPossessiveUnits(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The People's Defence Units (PDU) attacked Tarn on Monday.",
			[]string{"People's Defence Units -attack-> Tarn"}, []string{"Defence Units -attack-> Tarn"},
			"a plural possessive opens the name of units"},
		{"He named the Women's Protection Units as terrorists. The Popular Mobilization Units attacked Tarn.",
			[]string{"Popular Mobilization Units -attack-> Tarn"}, []string{"Protection Units -member_of-> Women"},
			"other units stay bodies"},
	})
}

// TestNameUnitOf covers a unit's name, a lower-case unit noun and "of"
// its body ("the Velby Rail branch of Nordic Railways"), on invented
// stories.
func TestNameUnitOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik News division of Norden Media closed. The Velby Bank unit of Halvik Holdings was sold.",
			[]string{"Halvik News -part_of-> Norden Media", "Velby Bank -part_of-> Halvik Holdings"}, nil,
			"a unit's name, a unit noun and 'of' its body"},
		{"The Velby Rail (VR) branch of the Nordic Railways ran the train.",
			[]string{"Velby Rail -part_of-> Nordic Railways"}, nil,
			"the same past the unit's acronym in brackets"},
		{"The Norden Media office of Halvik Holdings closed.",
			nil, []string{"Norden Media -part_of-> Halvik Holdings"},
			"an office of a body is a place, no named unit"},
	})
}
