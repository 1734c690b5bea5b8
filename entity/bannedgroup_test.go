package entity

import "testing"

// TestBannedGroupInState checks that a body described as banned in a
// state is banned by the state, not placed in it, on sentences written
// for this test.
func TestBannedGroupInState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Freedom Party is a banned militant organization in Sweden.",
			[]string{"Sweden -ban-> Freedom Party"}, []string{"Freedom Party -locate_in-> Sweden"}, "a copula"},
		{"The Freedom Party, an outlawed group in Norway, attacked the town.",
			[]string{"Norway -ban-> Freedom Party"}, []string{"Freedom Party -locate_in-> Norway"}, "an apposition"},
	})
}
