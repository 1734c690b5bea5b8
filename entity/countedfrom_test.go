package entity

import "testing"

// TestCountedGroupFrom checks that a counted group with its own origin
// ("two diplomats from Sweden") is a new group, not one of its kind named
// before ("three Norwegian diplomats").
func TestCountedGroupFrom(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sweden expelled three Norwegian diplomats on Monday. On Tuesday Norway ordered two diplomats from Sweden to leave Oslo.",
			[]string{"Sweden -expel-> Norwegian diplomats"},
			[]string{"Norwegian diplomats -from-> Sweden", "Norwegian diplomats -leave-> Oslo", "Norway -order-> Norwegian diplomats"},
			"a count and a state after from"},
		{"Finland expelled four Danish soldiers. Denmark said five soldiers from the embassy in Oslo had been detained by Finland.",
			nil, []string{"Finland -detain-> Danish soldiers"},
			"a count and a body after from"},
	})
}
