package entity

import "testing"

// TestCountedPatients covers an act's patient after a count and its agent
// named by what a state's forces fired.
func TestCountedPatients(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Turkey condemned the killing of dozens of Kurds by Syrian troops.",
			[]string{"Syrian troops -kill-> Kurds"},
			nil,
			"a count may stand before the patient after of"},
		{"Sweden protested the killing of two Finns by Norwegian fire.",
			[]string{"Norway -kill-> Finns"},
			nil,
			"the fire of a state's forces, after by, names the state as the agent"},
	})
}
