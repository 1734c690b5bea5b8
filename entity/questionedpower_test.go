package entity

import "testing"

// TestQuestionedPower checks that the power an actor holds or claims
// stands for the actor a stance toward it is about: "questioned the
// President's power" questions the President; a power held is no act.
func TestQuestionedPower(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"President Ola Berg of Norway met Tom Wu on Monday. Tom Wu and Ann Lee questioned the President's power to close the border.",
			[]string{"Tom Wu -question-> Ola Berg", "Ann Lee -question-> Ola Berg"},
			nil,
			"the possessor of the power questioned"},
		{"Ann Lee criticised Sweden's powers over the strait.",
			[]string{"Ann Lee -criticise-> Sweden"},
			nil,
			"plural powers"},
		{"Norway has the power to tax Tom Wu.",
			nil,
			[]string{"Norway -tax-> Tom Wu", "Norway -have-> Tom Wu"},
			"a power held is no act toward the actor"},
	})
}
