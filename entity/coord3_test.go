package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPluralHolders covers a role or founder's noun in the plural after a
// copula whose subject is a list of people: each holds the role in the
// body, on invented stories.
func TestPluralHolders(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Charity news\n\nMira Holt and Joel Sand are co-founders of Oxfam.",
			[]string{"Mira Holt -found-> Oxfam", "Joel Sand -found-> Oxfam"}, nil,
			"co-founders after are: each member of the list"},
		{"Software news\n\nRita Voss and Tom Wu were the founders of Microsoft.",
			[]string{"Rita Voss -found-> Microsoft", "Tom Wu -found-> Microsoft"}, nil,
			"the founders after were"},
		{"Music news\n\nMira Holt and Joel Sand were members of the rock band Velvet Hounds.",
			[]string{"Mira Holt -member_of-> Velvet Hounds", "Joel Sand -member_of-> Velvet Hounds"}, nil,
			"members of a band named after its noun"},
	})
}
