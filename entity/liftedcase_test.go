package entity

import "testing"

// TestLiftedCase covers a ruling on an actor's suspension, and lifting
// one as a ruling.
func TestLiftedCase(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian court lifted Tom Wu's suspension.",
			[]string{"Norwegian court -lift-> Tom Wu"},
			nil,
			"a suspension lifted is a ruling on its holder"},
		{"The Swedish court upheld Ann Lee's suspension.",
			[]string{"Swedish court -uphold-> Ann Lee"},
			nil,
			"a suspension upheld is a ruling on its holder"},
		{"Norway lifted Tom Wu's car.",
			nil,
			[]string{"Norway -lift-> Tom Wu"},
			"a thing owned is no case"},
	})
}
