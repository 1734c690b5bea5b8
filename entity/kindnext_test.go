package entity

import "testing"

// TestFactsKindAfterName: a business's kind right after its name ("the
// Blue Fjord restaurant") makes a later "the restaurant" that business.
func TestFactsKindAfterName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee is the head chef of the Blue Fjord restaurant in Oslo. Tom Wu works for Fjord Holdings, which owns the restaurant.",
			[]string{"Fjord Holdings -own-> Blue Fjord"}, nil,
			"\"the restaurant\" is the business named with that kind"},
		{"The Halvik Grill restaurant closed on Monday. Ann Lee criticised the restaurant.",
			[]string{"Ann Lee -criticise-> Halvik Grill"}, nil,
			"a sentence's first name takes its kind too"},
	})
}
