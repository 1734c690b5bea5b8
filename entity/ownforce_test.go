package entity

import "testing"

// TestOwnForceActs covers "its troops" or "their forces" as the doer of a
// clause: the body or the state the pronoun takes up acts through them.
func TestOwnForceActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"NATO said its troops killed Tom Wu.",
			[]string{"NATO -kill-> Tom Wu"}, nil,
			"a body's troops"},
		{"Norway said its forces had attacked Halvik Front positions.",
			[]string{"Norway -attack-> Halvik Front"}, nil,
			"a state's forces"},
		{"Tom Wu said his troops killed Ann Lee.",
			nil, []string{"Tom Wu -kill-> Ann Lee"},
			"a person's troops are left alone"},
	})
}
