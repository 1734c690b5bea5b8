package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestContinentPart covers a nationality's word after a compass word that
// makes it a part of a continent, on invented stories: "South American"
// places nothing in the United States.
func TestContinentPart(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway signed a pact with the South American group Mercosur on Monday.",
			nil, []string{"Mercosur -locate_in-> United States"},
			"a South American bloc"},
		{"North American leaders met Chilean officials in Ottawa on Monday.",
			nil, []string{"North American leaders -from-> United States", "American leaders -from-> United States"},
			"North American leaders are no Americans"},
	})
}
