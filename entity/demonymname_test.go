package entity

import "testing"

// TestDemonymEndsName checks that a demonym after an unknown capitalised
// word, modifying no noun after it, ends a company's name, on sentences
// written for this test.
func TestDemonymEndsName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nHalvik Motors takes control of Dunmore American for $4 billion.",
			[]string{"Halvik Motors -take_control_of-> Dunmore American"}, nil,
			"the demonym before a preposition"},
		{"Deal\n\nHalvik Motors bought Velby Swedish on Monday.",
			[]string{"Halvik Motors -buy-> Velby Swedish"}, nil,
			"another demonym before a preposition"},
		{"Deal\n\nHalvik Motors hired Ann Lee, a Swedish lawyer, on Monday.",
			[]string{"Halvik Motors -hire-> Ann Lee"}, nil,
			"a demonym before its noun is the state's"},
	})
}
