package entity

import "testing"

// TestBracketSurname checks that an editor's insertion closing on a given
// name ("[Indian Prime Minister Narendra] Modi") leaves one person of the
// given name and the surname after the bracket, on sentences written for
// this test.
func TestBracketSurname(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"When [Norwegian Prime Minister Ann] Lee announced a curfew, we knew.",
			[]string{"Ann Lee -lead-> Norway"}, []string{"Ann -lead-> Norway"},
			"a title inside the insertion"},
		{"[Norwegian Foreign Minister Ann] Lee met Tom Wu in Oslo.",
			[]string{"Ann Lee -meet-> Tom Wu", "Ann Lee -work_for-> Norway"}, []string{"Ann -meet-> Tom Wu"},
			"opening the sentence"},
	})
}

// TestPlaceInitialsInBody checks that initials in brackets after "the
// Parliament of" a place, spelling the place's name and not the body's,
// name the place, so that the place is the report's region; initials of
// the whole name still name the body. Reports written for this test.
func TestPlaceInitialsInBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Yesterday, the Parliament of Western Australia (WA), Australia passed a housing bill. WA had the strictest rules.\n\nPremier Ann Lee was absent. The state of South Australia still limits rents.",
			[]string{"Ann Lee -lead-> Western Australia"}, []string{"Ann Lee -lead-> South Australia"},
			"WA is the state, named three times: the premier's"},
		{"The Council of Western Australia (CWA) met on Monday.\n\nThe CWA sued Tom Wu in May.",
			[]string{"Council of Western Australia -sue-> Tom Wu"}, nil,
			"initials of the whole name are the body's"},
	})
}
