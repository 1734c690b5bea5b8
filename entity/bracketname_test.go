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
