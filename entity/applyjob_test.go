package entity

import "testing"

// TestAppliedForJobAt covers a job applied for at a body, on invented
// sentences: the person applied to the body and works for it only when
// told so.
func TestAppliedForJobAt(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu applied for a job at Halvik Bank in 1990. Ann Lee applied for a post at the Oslo Institute. Ola Berg applied for a job in Oslo.",
			[]string{"Tom Wu -apply_to-> Halvik Bank", "Ann Lee -apply_to-> Oslo Institute"},
			[]string{"Tom Wu -work_for-> Halvik Bank", "Ann Lee -work_for-> Oslo Institute", "Ola Berg -apply_to-> Oslo"},
			"applying for a job at a body applies to it; a job in a place names no body"},
	})
}
