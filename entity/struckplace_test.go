package entity

import "testing"

// TestStruckSettlementsPlace covers an attack on a place's buildings or
// settlements with no owner named ("shelled villages in Sweden"): an
// attack on the place, as one on its military sites is.
func TestStruckSettlementsPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway shelled villages in Sweden.",
			[]string{"Norway -shell-> Sweden"}, nil,
			"villages in a state"},
		{"Norway bombed government compounds in Sweden on Monday.",
			[]string{"Norway -bomb-> Sweden"}, nil,
			"compounds in a state"},
		{"Tom Wu bombed buildings in Oslo.",
			nil, []string{"Tom Wu -bomb-> Oslo"},
			"a person's act is placed by the usual rules"},
	})
}
