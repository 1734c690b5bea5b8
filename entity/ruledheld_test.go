package entity

import "testing"

// TestRuledHeldCompound checks that "-ruled" and "-held" compounds give the
// actor they name control of the territory after them, on sentences
// written for this test.
func TestRuledHeldCompound(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Aid workers left Taliban-ruled Afghanistan on Monday.",
			[]string{"Taliban -control-> Afghanistan"}, nil,
			"a group's name before -ruled"},
		{"Norwegian troops entered Russian-held Kherson on Monday.",
			[]string{"Russia -control-> Kherson"}, nil,
			"a state's adjective before -held"},
	})
}
