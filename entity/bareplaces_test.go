package entity

import "testing"

// TestBarePlacesOf checks that a plural place described as "islands of" a
// state, with no article, lies in that state, on sentences written for
// this test.
func TestBarePlacesOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Azores, autonomous islands of Portugal, closed schools.",
			[]string{"Azores -locate_in-> Portugal"}, nil,
			"an apposition after a comma"},
		{"The Azores — autonomous islands of Portugal in the Atlantic Ocean — closed schools and services.",
			[]string{"Azores -locate_in-> Portugal"}, nil,
			"an apposition between dashes"},
		{"Tom Wu visited Oslo, islands of Norway and Sweden.",
			nil, []string{"Oslo -locate_in-> Norway"},
			"a singular name takes no plural kind"},
	})
}
