package entity

import "testing"

// TestFactsUnitDesc: a body's unnamed unit after its possessive ("the
// Norwegian army's transport unit") stands for the body, as an unnamed
// official does; a unit named in an apposition keeps its own name.
func TestFactsUnitDesc(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian army's transport section arrested Tom Wu on Monday.",
			[]string{"Norwegian army -arrest-> Tom Wu"}, nil,
			"the army's section acted"},
		{"Halvik Holdings' travel division hired Ann Lee in May.",
			[]string{"Halvik Holdings -hire-> Ann Lee"}, nil,
			"a company's division too"},
		{"The Norwegian army's press office told Reuters that the talks had ended.",
			[]string{"Norwegian army -tell-> Reuters"}, nil,
			"a press office speaks for its body"},
		{"The Green Party's youth wing, Young Greens, criticised Tom Wu.",
			[]string{"Young Greens -criticise-> Tom Wu", "Young Greens -part_of-> Green Party"}, []string{"Green Party -criticise-> Tom Wu"},
			"a unit named in an apposition acts by its own name"},
	})
}
