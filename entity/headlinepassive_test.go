package entity

import "testing"

// TestHeadlinePlacedPassive checks that a headline's passive without
// "were", placed by "in", gives its subject no act on the place, on
// invented stories.
func TestHeadlinePlacedPassive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Three Hamas members arrested in Oslo\n\nPolice in Norway arrested three Hamas members on Monday.",
			[]string{"Norwegian police -arrest-> Hamas members"}, []string{"Hamas members -arrest_in-> Oslo"},
			"the members were arrested in Oslo"},
		{"Norway arrested Tom Wu in Oslo on Monday.",
			[]string{"Norway -arrest-> Tom Wu"}, nil,
			"an active sentence keeps its act"},
	})
}
