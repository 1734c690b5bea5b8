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

// TestNamedAsPost checks that a finite "named" after a body's name puts
// the person it names in a post, not the name given to a body, on
// sentences written for this test.
func TestNamedAsPost(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nHalvik Bank named Tom Wu as its new chief executive.",
			[]string{"Tom Wu -lead-> Halvik Bank", "Halvik Bank -name-> Tom Wu"}, nil,
			"named ... as its chief executive"},
		{"Deal\n\nHalvik Bank has named Ann Lee as its chairman.",
			[]string{"Ann Lee -lead-> Halvik Bank"}, nil,
			"has named"},
		{"Bank\n\nA bank named Velby opened in Oslo.",
			[]string{"Velby -open-> in Oslo"}, nil,
			"a bank named Velby: the bank's name"},
	})
}
