package entity

import "testing"

// TestRegionHeadAfterAdjective checks that an unknown name before a
// lower-case adjective and a word for a region names the region, not a
// person, on documents written for this test.
func TestRegionHeadAfterAdjective(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Militants shot a woman in Pakistan's Velmor Kand tribal region on Monday.",
			[]string{"Velmor Kand -locate_in-> Pakistan"},
			[]string{"Velmor Kand -member_of-> Pakistan", "Velmor Kand -from-> Pakistan"},
			"an adjective between the name and \"region\""},
	})
}
