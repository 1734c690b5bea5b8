package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBetweenAfterPlace covers a place or a weekday between an event noun
// and "between": the actors listed after it still take part together, on
// invented stories.
func TestBetweenAfterPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Deal news\n\nThe deal was announced after talks in Oslo between Ann Lee and Tom Wu.",
			[]string{"Ann Lee -talk_with-> Tom Wu"}, nil,
			"a town between the noun and between"},
		{"Deal news\n\nThe deal followed a meeting on Monday between Norway and Sweden.",
			[]string{"Norway -meet_with-> Sweden"}, nil,
			"a weekday between the noun and between"},
	})
}

// TestTieMadeBetween covers a verb that makes or mends a tie before
// "relations between" or "ties between": the tie is made, not had, on
// invented stories.
func TestTieMadeBetween(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Deal news\n\nNorway unveiled an accord it had mediated to normalize relations between Peru and Chile.",
			[]string{"Peru -normalize_relations_with-> Chile"}, []string{"Peru -have_relations_with-> Chile"},
			"normalize before relations between"},
		{"Deal news\n\nThe treaty restored diplomatic ties between Sweden and Denmark.",
			[]string{"Sweden -restore_ties_with-> Denmark"}, nil,
			"a past tense and an adjective before ties between"},
		{"Deal news\n\nRelations between Sweden and Denmark are poor.",
			[]string{"Sweden -have_relations_with-> Denmark"}, nil,
			"no verb: relations had"},
	})
}
