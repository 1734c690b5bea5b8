package entity

import "testing"

// TestStateInitials covers New South Wales written by its initials, as
// Australian news writes it ("NSW Premier Ann Lee"), on an invented story:
// the state, not an unknown organisation.
func TestStateInitials(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"NSW Premier Ann Lee met Tom Wu in Sydney.",
			[]string{"Ann Lee -lead-> New South Wales"}, []string{"Ann Lee -work_for-> NSW"}, "the state's premier"},
	})
}
