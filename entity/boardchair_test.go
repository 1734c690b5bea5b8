package entity

import "testing"

// TestChairOfTheBoard checks that the chair of a body's board leads the
// body, on sentences written for this test.
func TestChairOfTheBoard(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nTom Wu, chairman of the board of Halvik Bank, said the deal was good.",
			[]string{"Tom Wu -lead-> Halvik Bank"}, []string{"Tom Wu -work_for-> Halvik Bank"},
			"an apposition: chairman of the board of"},
		{"Deal\n\nAnn Lee, the president of the board of trustees of Velby University, said the deal was good.",
			[]string{"Ann Lee -lead-> Velby University"}, nil,
			"of the board of trustees"},
		{"Deal\n\nTom Wu, a member of the board of Halvik Bank, said the deal was good.",
			[]string{"Tom Wu -member_of-> Halvik Bank"}, []string{"Tom Wu -lead-> Halvik Bank"},
			"a member of the board is no chair"},
		{"Deal\n\nAnn Lee, secretary of the board of Halvik Bank, said the deal was good.",
			nil, []string{"Ann Lee -lead-> Halvik Bank"},
			"a board's secretary works for it"},
	})
}
