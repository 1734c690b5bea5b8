package entity

import "testing"

// TestRegionOfTheCountry covers a region named before "of the country"
// ("the Halden District of the country"): the region lies in the state
// the description takes up.
func TestRegionOfTheCountry(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway was hit by a storm on Monday. At least 100 people died in one town alone, Velby in the Halden District of the country.",
			[]string{"Halden District -locate_in-> Norway", "Velby -locate_in-> Halden District"}, nil,
			"the kind of place in the region's name"},
		{"Norway was hit by a storm on Monday. Fighting spread to the Kelda region of the country.",
			[]string{"Kelda -locate_in-> Norway"}, nil,
			"the kind of place after the name"},
		{"Oslo was hit by a storm on Monday. Fighting spread to the Kelda region of the country.",
			nil, []string{"Kelda -locate_in-> Oslo"},
			"a town is no country"},
	})
}
