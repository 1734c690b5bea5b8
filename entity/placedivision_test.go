package entity

import "testing"

// TestDivisionsOfPlace checks that "the PLACE city of NAME", with a named
// place rather than a state's adjective or possessive, places the town in
// the named place; a person's name after "of" stays a person.
func TestDivisionsOfPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Clashes broke out in the occupied West Bank city of Jenin on Monday.",
			[]string{"Jenin -locate_in-> West Bank"}, nil,
			"a lower-case modifier, a named region and a city noun"},
		{"Protesters gathered in the Punjab city of Lahore on Friday.",
			[]string{"Lahore -locate_in-> Punjab"}, nil,
			"a named province before the city noun"},
		{"A building collapsed in Magnitogorsk, a city in the Ural region of Russia.",
			nil, []string{"Russia -locate_in-> Ural"},
			"a region of a state names the state after of"},
		{"The Oslo office of Tom Wu closed on Friday.",
			nil, []string{"Tom Wu -locate_in-> Oslo"},
			"a noun of no division before of"},
	})
}
