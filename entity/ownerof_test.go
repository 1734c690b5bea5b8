package entity

import "testing"

// TestOwnerNoun checks that an owner's noun between two names gives the
// owner own the body, on sentences written for this test.
func TestOwnerNoun(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nHalvik Bank's owner, Velby Group, said it agreed.",
			[]string{"Velby Group -own-> Halvik Bank"}, nil,
			"the possessor is owned"},
		{"Deal\n\nVelby Group, the owner of Halvik Bank, said it agreed.",
			[]string{"Velby Group -own-> Halvik Bank"}, nil,
			"an apposition: the owner of"},
		{"Lawsuit\n\nNorsk Media is suing Halvik Bank and its owner Velby Group for damages.",
			[]string{"Velby Group -own-> Halvik Bank", "Norsk Media -sue-> Velby Group"}, nil,
			"its owner, after the body it stands for"},
		{"Deal\n\nVelby Group, the owner of a bank in Bergen, said it agreed.",
			nil, []string{"Velby Group -own-> Bergen"},
			"no named body after of"},
	})
}
