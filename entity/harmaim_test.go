package entity

import "testing"

// TestHarmAimedIsIntention checks that harm named by an infinitive of
// purpose after a complete clause ("spread false reports to hurt Ann
// Lee") is an aim, not a fact, while the act before it and harm stated
// as done stay, on sentences written for this test.
func TestHarmAimedIsIntention(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sweden spread false reports to hurt Ann Lee.",
			nil, []string{"Sweden -hurt-> Ann Lee"},
			"an aim after the object"},
		{"Norway funded the rebels to weaken the Halvik Front.",
			nil, []string{"Norway -weaken-> Halvik Front"},
			"an aim after an object"},
		{"Tom Wu hurt Ann Lee in the final.",
			[]string{"Tom Wu -hurt-> Ann Lee"}, nil,
			"harm stated as done stays"},
	})
}
