package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWorldNamesAgree covers pronoun agreement with given names of other
// languages ([loadSexes]'s world.txt), on invented stories.
func TestWorldNamesAgree(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Party news\n\nThe Green Party expelled Tom Wu in May.\n\nAndrei Petrov met Ann Lee in Oslo. She thanked him for his support.",
			[]string{"Ann Lee -thank-> Andrei Petrov"}, []string{"Andrei Petrov -thank-> Tom Wu"},
			"Andrei is a man's name"},
	})
}
