package entity

import "testing"

// TestApposedState checks that a region's description of a state set off
// by a comma before the state's name ("the Central African country,
// Equatorial Guinea") is the state named, not the country named before it,
// on documents written for this test.
func TestApposedState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime minister Ann Berg visited Ghana, where President Lars Holt received her. After her stay in West Africa, the PM headed to the Central African country, Equatorial Guinea.",
			[]string{"Ann Berg -head_to-> Equatorial Guinea"}, []string{"Ann Berg -head_to-> Ghana"},
			"the name after the comma says which country"},
		{"Prime minister Ann Berg visited Ghana, where President Lars Holt received her. Later the PM flew to the island nation, Malta, for talks.",
			[]string{"Ann Berg -fly_to-> Malta"}, []string{"Ann Berg -fly_to-> Ghana"},
			"a name set off by two commas"},
		{"Prime minister Ann Berg visited Ghana on Monday. Tom Wu praised the West African nation on Tuesday.",
			[]string{"Tom Wu -praise-> Ghana"}, nil,
			"a description with no name after it is the country named before"},
	})
}
