package entity

import "testing"

// TestTitleFirstAnd checks a holder's title joined by "and" to a second
// title before a person's name: both roles are the person's, and a list
// of two people, or an unnamed holder after "the", gives the first title
// to no one. The sentences are written for this test.
func TestTitleFirstAnd(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Other victims included a Velmor Hezbollah official and Tom Wu, an airport protocol officer.",
			nil, []string{"Tom Wu -work_for-> Hezbollah"},
			"an article before a body's two-word name: two people listed"},
		{"Ann Lee lost to former Norwegian Foreign Minister and former Oslo mayor Tom Wu.",
			[]string{"Tom Wu -work_for-> Norway", "Tom Wu -lead-> Oslo"}, nil,
			"a state's minister and a town's head"},
		{"Former Bergen Governor and Labour Party head Tom Wu was confirmed as candidate.",
			[]string{"Tom Wu -lead-> Bergen", "Tom Wu -lead-> Labour Party"}, nil,
			"a capitalised region's head and a party's head"},
		{"Ann Lee lost to former United States Secretary of State and former United States Senator from Ohio Tom Wu.",
			[]string{"Tom Wu -work_for-> United States"}, nil,
			"the second title is set off from the name by its seat"},
		{"Ann Lee met the Norwegian foreign minister and Swedish Prime Minister Tom Wu.",
			[]string{"Tom Wu -lead-> Sweden"}, []string{"Tom Wu -work_for-> Norway"},
			"an unnamed minister after \"the\" is another person"},
		{"Ann Lee met Norwegian Foreign Minister and Tom Wu on Monday.",
			nil, []string{"Tom Wu -work_for-> Norway"},
			"a list of a title and a name"},
		{"Danish Prime Minister and Swedish Prime Minister Tom Wu met on Monday.",
			[]string{"Tom Wu -lead-> Sweden"}, []string{"Tom Wu -lead-> Denmark"},
			"one title twice names two holders"},
	})
}
