package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitledPlaceNames covers a title, "of" and a place the document names
// elsewhere, then a person's name, which the recogniser reads as one name,
// on invented stories.
func TestTitledPlaceNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Floods hit Tarn on Monday. Mayor of Tarn Joel Sand said help was coming.",
			[]string{"Joel Sand -lead-> Tarn"}, []string{"Tarn Joel Sand -lead-> Tarn"},
			"the town named before is no part of the mayor's name"},
		{"A fire killed five people in Koszvar, Poland. Mayor of Koszvar Piotr Lenski has declared a day of mourning.",
			[]string{"Piotr Lenski -lead-> Koszvar"}, nil,
			"a town placed in its country"},
	})
}
