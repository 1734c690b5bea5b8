package entity

import "testing"

// TestStatePartyApposed checks that a state's body described before its
// name in an apposition is in the state when the name carries a
// lower-case adjective after "the" ("the leftist Green Party") or its
// acronym in brackets ("the Green Party (GP)"), on sentences written for
// this test.
func TestStatePartyApposed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's main opposition party, the leftist Velby Party, voted for its new leader on Sunday.",
			[]string{"Velby Party -locate_in-> Norway"}, nil,
			"an adjective between the and the party's name"},
		{"Norway's main opposition party, the Velby Party (VP), voted for its new leader on Sunday.",
			[]string{"Velby Party -locate_in-> Norway"}, nil,
			"the party's acronym in brackets after its name"},
		{"Norway's largest bank, the troubled Halvik Bank (HB), said it would cut jobs.",
			[]string{"Halvik Bank -locate_in-> Norway"}, nil,
			"both, for a ranked body"},
		{"Norway's main opposition party, the leftist Velby Party said on Sunday.",
			nil, []string{"Velby Party -locate_in-> Norway"},
			"no mark closes the apposition"},
	})
}
