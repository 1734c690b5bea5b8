package entity

import "testing"

// TestUnlistedPlaceBeforeHead covers a place the gazetteer does not list,
// written right before a governor's, a mayor's or a premier's title and
// the holder's name: the place the holder heads, on invented stories.
func TestUnlistedPlaceBeforeHead(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Floods hit the coast on Monday.\nNorth Halden Governor Tom Wu told journalists that officials were helping.",
			[]string{"Tom Wu -lead-> North Halden"}, nil,
			"an unlisted region of two words before Governor"},
		{"Floods hit the coast on Monday.\nOn Tuesday, Halden Mayor Ann Lee said the road would close.",
			[]string{"Ann Lee -lead-> Halden"}, nil,
			"an unlisted town of one word before Mayor"},
		{"Floods hit the coast on Monday.\nDeputy Governor Tom Wu said the road would close.",
			nil, []string{"Tom Wu -lead-> Deputy", "Tom Wu -work_for-> Deputy"},
			"a deputy's modifier is no place"},
		{"Floods hit the coast on Monday.\nEmbattled Governor Tom Wu said the road would close.",
			nil, []string{"Tom Wu -lead-> Embattled"},
			"an adjective before the title is no place"},
		{"Rates rose on Monday.\nHalvik Bank Governor Tom Wu said rates would rise.",
			[]string{"Tom Wu -lead-> Halvik Bank"}, []string{"Tom Wu -lead-> Halvik"},
			"a bank's governor heads the bank"},
	})
}
