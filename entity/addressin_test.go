package entity

import "testing"

// TestAddressThenInCountry checks that ", in" and a country after a city
// and its state place the state in the country when the gazetteer agrees,
// and that a list of two places does not, on sentences written for this
// test.
func TestAddressThenInCountry(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nHalvik is headquartered in Stamford, Connecticut, in the United States.",
			[]string{"Connecticut -locate_in-> United States", "Stamford -locate_in-> Connecticut"}, nil,
			"city, state, in the country"},
		{"Tour\n\nThe band played in Oslo, Bergen, in Norway.",
			nil, []string{"Bergen -locate_in-> Oslo"},
			"a list of two cities"},
	})
}
