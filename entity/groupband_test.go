package entity

import "testing"

// TestGroupNamesBand covers "the group" after a band named as one ("the
// band Velvet Crows", "rock band Velvet Crows", "Velvet Crows, a folk
// duo"): a band is a group of musicians, so the description names it.
func TestGroupNamesBand(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu wrote songs for rock band Velvet Crows. Ann Lee joined the group in 1970.",
			[]string{"Ann Lee -join-> Velvet Crows"}, nil, "a band before the name"},
		{"Tom Wu founded the Velvet Crows, a folk duo, in 1965. Ann Lee later joined the group.",
			[]string{"Ann Lee -join-> Velvet Crows"}, nil, "a duo in apposition"},
		{"Tom Wu gave money to Halvik Holdings. Ann Lee joined the group in 1970.",
			nil, []string{"Ann Lee -join-> Halvik Holdings"}, "a company is no group"},
	})
}
