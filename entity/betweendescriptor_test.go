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

// TestBetweenBasedCompound checks that the place of a "-based" compound
// inside a description is no party of "talks between", on sentences
// written for this test.
func TestBetweenBasedCompound(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nHalvik Motors workers walked out after talks between the Velby Steel Workers and the Oslo-based carmaker broke down.",
			nil, []string{"Velby Steel Workers -talk_with-> Oslo"},
			"the description's place is where the carmaker is, not a party"},
		{"Strike\n\nTalks between the Oslo-based Halvik Motors and the Velby Steel Workers broke down.",
			[]string{"Halvik Motors -talk_with-> Velby Steel Workers"}, nil,
			"the name after the compound is the party"},
	})
}
