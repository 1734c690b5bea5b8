package entity

import "testing"

// TestCommaTitle checks that a body's name and a title set off from a
// person's name by a comma ("Parliament Speaker, Rebecca Lund,") are the
// person's title, not a body's name, on sentences written for this test.
func TestCommaTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Parliament Speaker, Rebecca Lund, chaired the Committee on Budgets on Friday.",
			[]string{"Rebecca Lund -lead-> Parliament", "Rebecca Lund -lead-> Committee on Budgets"},
			[]string{"Parliament Speaker -lead-> Committee on Budgets"},
			"the title and the apposed name"},
		{"The Harbour Council Chairman, Tom Wu, sued Ann Lee on Friday.",
			[]string{"Tom Wu -sue-> Ann Lee"}, []string{"Harbour Council Chairman -sue-> Ann Lee"},
			"a council's chairman in commas"},
	})
}
