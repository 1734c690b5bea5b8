package entity

import "testing"

// TestDualNationals checks that a hyphenated pair of nationalities before
// a person's name makes the person from each state, and that such a pair
// before no name is no one's nationality.
func TestDualNationals(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Canadian-US scientist Tom Wu won the prize.",
			[]string{"Tom Wu -from-> Canada", "Tom Wu -from-> United States"}, nil,
			"an adjective and a state's short name before a trade and a name"},
		{"The police freed Norwegian-Swedish aid worker Ann Lee on Monday.",
			[]string{"Ann Lee -from-> Norway", "Ann Lee -from-> Sweden"}, nil,
			"two adjectives before two lower-case words and a name"},
		{"The Norwegian-Swedish border was closed by Ann Lee.",
			nil, []string{"Ann Lee -from-> Norway", "Ann Lee -from-> Sweden"},
			"the pair names two sides of a border"},
	})
}
