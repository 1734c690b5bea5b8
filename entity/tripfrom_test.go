package entity

import "testing"

// TestTripFrom covers an arrival or a return whose from-phrase names the
// place the trip began.
func TestTripFrom(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The court issued the warrant hours before Tom Wu's arrival from Hong Kong.",
			[]string{"Tom Wu -arrive_from-> Hong Kong"},
			nil,
			"an arrival from a place"},
		{"Ann Lee's return from Oslo surprised Tom Wu.",
			[]string{"Ann Lee -return_from-> Oslo"},
			nil,
			"a return from a place"},
	})
}
