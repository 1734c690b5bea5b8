package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCityFirmWithKindNoun checks that a town's possessive before a firm's
// name and a noun for its kind of business places the firm in the town, as
// the name alone does, while a state's office after a body's name stays no
// fact. The sentences are written for this test.
func TestCityFirmWithKindNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Marta Quill, the head chef of Bergen's Lindel Grill restaurant, was found dead.",
			[]string{"Lindel Grill -locate_in-> Bergen", "Marta Quill -work_for-> Lindel Grill"}, nil,
			"the kind of business after the firm's name"},
		{"Sweden's EU presidency ended in June.",
			nil, []string{"EU -locate_in-> Sweden", "EU -part_of-> Sweden"},
			"what a state holds is no firm of it"},
	})
}
