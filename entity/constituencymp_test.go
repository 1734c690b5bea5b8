package entity

import "testing"

// TestConstituencyMP checks a member of parliament named after a district
// the gazetteer does not know, shaped as an electoral district's name
// ("Velby North MP Tom Moyo"): the MP represents it.
func TestConstituencyMP(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Velby North MP Tom Moyo criticised the plan on Monday.",
			[]string{"Tom Moyo -represent-> Velby North"}, nil,
			"a district's name ending in a compass word"},
		{"Halvik Central MP Ann Dube said the budget was late.",
			[]string{"Ann Dube -represent-> Halvik Central"}, nil,
			"a district's name ending in Central"},
	})
}
