package entity

import "testing"

// TestTradeNounsBeforeBodies checks that an unknown name after a noun for
// a kind of business is an organisation, and after a trade a person may
// have stays a person, on documents written for this test.
func TestTradeNounsBeforeBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bank sues carmaker\n\nDutch bank Velbrecht sued Halvor Motors on Monday.",
			[]string{"Velbrecht -sue-> Halvor Motors", "Velbrecht -locate_in-> Netherlands"}, nil,
			"a bank before its name"},
		{"Deal agreed\n\nThe German drugmaker Kelvara bought Halvor Motors.",
			[]string{"Kelvara -buy-> Halvor Motors"}, nil,
			"a drugmaker before its name"},
	})
}
