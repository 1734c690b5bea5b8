package entity

import "testing"

// TestTradeMeasures covers a state's measure against another's trade or
// traffic: tariffs, restrictions or a ban on its goods, its imports or
// flights to it.
func TestTradeMeasures(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway imposed tariffs on Swedish goods.",
			[]string{"Norway -impose_tariffs_on-> Sweden"},
			nil,
			"tariffs on a state's goods, named by its adjective, fall on the state"},
		{"Norway announced new restrictions on flights to Finland. Denmark imposed a ban on imports from Iceland.",
			[]string{"Norway -restrict-> Finland", "Denmark -ban-> Iceland"},
			nil,
			"restrictions on flights to a state and a ban on imports from it"},
		{"Estonia imposed tariffs on Latvia.",
			[]string{"Estonia -impose_tariffs_on-> Latvia"},
			nil,
			"tariffs on a state"},
		{"Norway imposed sanctions on Swedish banks.",
			nil,
			[]string{"Norway -sanction-> Sweden"},
			"banks are no trade: sanctions on them fall on the banks"},
	})
}
