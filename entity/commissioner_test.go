package entity

import "testing"

// TestPoliceCommissionerLeads covers a police force's commissioner, who
// heads the force, and a lead beside a work_for of the same pair in one
// sentence, where the lead alone stays.
func TestPoliceCommissionerLeads(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Metropolitan Police commissioner Sir Tom Wu confirmed the arrest.",
			[]string{"Tom Wu -lead-> Metropolitan Police"}, []string{"Tom Wu -work_for-> Metropolitan Police"},
			"a police force's commissioner"},
		{"Halvik Bank commissioner Ann Lee left.",
			[]string{"Ann Lee -work_for-> Halvik Bank"}, []string{"Ann Lee -lead-> Halvik Bank"},
			"another body's commissioner is one of its staff"},
		{"The UN Secretary General, Ann Lee, released a statement.",
			[]string{"Ann Lee -lead-> United Nations"}, []string{"Ann Lee -work_for-> United Nations"},
			"the head of a body works for it too, which the lead says"},
	})
}
