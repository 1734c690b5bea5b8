package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListApposition checks that an apposition between two names of a
// list goes to one of them only, by the list's shape: the second's where
// each item gives its title first, the first's where each gives its name
// first, on sentences written for this test.
func TestListApposition(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nThose arrested include a former member of parliament Tom Wu, the former mayor of Bergen, Mia Holt, and the former mayor of Lund municipality, Bo Li.",
			[]string{"Mia Holt -lead-> Bergen"}, []string{"Tom Wu -lead-> Bergen"},
			"titles first: the apposition is the next name's"},
		{"Report\n\nAttending were Tom Wu, the mayor of Oslo, Mia Holt, the mayor of Bergen, and Bo Li, the mayor of Lund.",
			[]string{"Tom Wu -lead-> Oslo", "Mia Holt -lead-> Bergen"}, []string{"Mia Holt -lead-> Oslo"},
			"names first: the apposition is the name's before it"},
		{"Report\n\nTom Wu, the mayor of Oslo, said on Monday that the talks would go on.",
			[]string{"Tom Wu -lead-> Oslo"}, nil,
			"a lone apposition"},
	})
}
