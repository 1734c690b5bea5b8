package entity

import "testing"

// TestCountedPeople checks that a number of people is no nation's people
// named before, while "the people" still takes it up.
func TestCountedPeople(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu praised the Swedish people. About 3,000 people protested in Oslo.",
			[]string{"Tom Wu -praise-> Swedish people"}, []string{"Swedish people -protest_in-> Oslo"},
			"a count of people"},
		{"Ann Lee said that the Norwegian people could vote. She said 16 million people stayed in the Nordic Union.",
			nil, []string{"Norwegian people -stay_in-> Nordic Union"},
			"a count in millions"},
		{"Ann Lee said that the Norwegian people could vote. She said the people stayed in the Nordic Union.",
			[]string{"Norwegian people -stay_in-> Nordic Union"}, nil,
			"the people named before"},
	})
}
