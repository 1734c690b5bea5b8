package entity

import "testing"

// TestChemCompany checks that "Chem" and "Chemical" end a company's name,
// as "Chemicals" does, on sentences written for this test.
func TestChemCompany(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norsk Motors is forming a joint venture with Halvik Chem.\nHalvik Chem chief executive Ann Lee said the deal was good.",
			[]string{"Ann Lee -lead-> Halvik Chem"}, nil,
			"a company named with the short Chem"},
		{"Tom Wu, the chief executive of Vestra Chemical, said the deal was good.",
			[]string{"Tom Wu -lead-> Vestra Chemical"}, nil,
			"a company named with Chemical"},
	})
}
