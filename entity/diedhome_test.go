package entity

import "testing"

// TestDiedAtPlacedHome checks that one who died or passed away at a home that a
// place names died in that place, on sentences written for this test.
func TestDiedAtPlacedHome(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu died on Saturday at his Bergen home, reportedly of cancer.",
			[]string{"Tom Wu -die-> in Bergen", "Tom Wu -live_in-> Bergen"}, nil,
			"the place before the home's noun"},
		{"Ann Lee passed away at her Oslo home on Monday.",
			[]string{"Ann Lee -die-> in Oslo"}, nil,
			"passed away, the place before the noun"},
		{"Ann Lee passed away at her home in Oslo on Monday.",
			[]string{"Ann Lee -die-> in Oslo"}, nil,
			"passed away, the place after the home"},
		{"Tom Wu was arrested at his Oslo apartment.",
			[]string{"Tom Wu -live_in-> Oslo"}, []string{"Tom Wu -die-> in Oslo"},
			"no death, no die_in"},
	})
}
