package entity

import "testing"

// TestBoroughs checks that each of New York City's five boroughs is a place,
// Queens included, whose plural form had read as a title ("the Queens").
func TestBoroughs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was found dead on Wednesday in Queens, New York.",
			[]string{"Queens -locate_in-> New York"}, nil,
			"a borough before its state"},
		{"Tom Wu moved to Queens in 2010.",
			[]string{"Tom Wu -move_to-> Queens"}, nil,
			"a borough alone is a place"},
		{"Ann Lee moved from Brooklyn to Staten Island.",
			[]string{"Ann Lee -move_from-> Brooklyn", "Ann Lee -move_to-> Staten Island"}, nil,
			"the other boroughs"},
	})
}
