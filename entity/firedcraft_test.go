package entity

import "testing"

// TestCraftAndGunsName checks that warplanes, helicopters and guns named
// after a state strike, bomb or shell for it, as its missiles do.
func TestCraftAndGunsName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian jets struck Bergen on Friday.",
			[]string{"Norway -strike-> Bergen"}, nil,
			"a state's jets strike for it"},
		{"Swedish helicopters bombed Oslo on Saturday.",
			[]string{"Sweden -bomb-> Oslo"}, nil,
			"its helicopters bomb for it"},
		{"Norwegian missiles struck Bergen on Friday.",
			[]string{"Norway -strike-> Bergen"}, nil,
			"struck, as hit, is an act of what the state fired"},
		{"Norwegian jets landed in Bergen on Friday.",
			nil, []string{"Norway -land_in-> Bergen"},
			"no act of war, no act of the state"},
	})
}
