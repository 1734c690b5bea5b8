package entity

import "testing"

// TestBetweenDescriptorNoun checks that a body's lower-case noun after its
// name ("the Harbor Workers union") does not end the list of "talks
// between", on sentences written for this test.
func TestBetweenDescriptorNoun(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nDockers walked out after negotiations between the Harbor Workers union and Halvik Shipping broke down.",
			[]string{"Harbor Workers -negotiate_with-> Halvik Shipping"}, nil,
			"the union's noun after its name, then the other party"},
		{"Strike\n\nTalks between the Halvik group and the Velby Steel Workers collapsed on Monday.",
			[]string{"Halvik -talk_with-> Velby Steel Workers"}, nil,
			"a group's noun after its name"},
	})
}
