package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaces5 checks headlines, places and movements (places5 round).
func TestPlaces5(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegian Storting Finance Committee questions Halvik Holdings\n\nThe Norwegian Storting Finance Committee on Monday summoned Halvik Holdings to a hearing.",
			[]string{"Norwegian Storting Finance Committee -question-> Halvik Holdings"}, nil,
			"a body's name of several words stays a name in the headline"},
		{"US House of Representatives impeaches President Wu\n\nThe United States House of Representatives voted on Wednesday to fine President Tom Wu. Wu said he would appeal.",
			[]string{"House of Representatives -impeach-> Tom Wu"}, nil,
			"a body's name of several words that the body gives it names it in the headline"},
	})
}
