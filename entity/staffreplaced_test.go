package entity

import "testing"

// TestStaffAndReplacedWith checks "has been with" a body as its staff,
// "was replaced with" in the passive, and a prediction whose condition
// belongs to a later clause, on sentences written for this test.
func TestStaffAndReplacedWith(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wurst has been with Halvik Motors since 1990. Ann Leeford had been with Brandvik Foods for 20 years.",
			[]string{"Tom Wurst -work_for-> Halvik Motors", "Ann Leeford -work_for-> Brandvik Foods"},
			[]string{"Tom Wurst -be_with-> Halvik Motors"},
			"a person who has been with a company for years is on its staff"},
		{"Halvik Motors chief executive Tom Wurst was replaced Sunday with Ann Leeford. Mary Holt was replaced with Peter Holm as coach.",
			[]string{"Ann Leeford -replace-> Tom Wurst", "Peter Holm -replace-> Mary Holt"},
			[]string{"Tom Wurst -replace_with-> Ann Leeford", "Tom Wurst -replace-> Ann Leeford"},
			"'A was replaced with B' says B replaces A, as 'was replaced by B' does"},
		{"Halvik Motors and Borland Foods will receive bridge loans from the government of Canada, however no more money will come from other governments unless the companies reform.",
			[]string{"government of Canada -lend_to-> Halvik Motors", "government of Canada -lend_to-> Borland Foods"}, nil,
			"an 'unless' in a later clause that 'however' opens conditions that clause, not the loans before it"},
		{"Tom Wurst will join Halvik Motors, but only if the board agrees.",
			nil, []string{"Tom Wurst -join-> Halvik Motors", "Tom Wurst -work_for-> Halvik Motors"},
			"a condition after 'but' still conditions the prediction"},
	})
}

// TestCancelledDeal checks that the act of an agreement undone is not
// told as done, on sentences written for this test.
func TestCancelledDeal(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors said it was cancelling a deal to sell Nordvik Trucks to Brandvik Foods. Kessel Trading pulled out of a deal to acquire Velby Mills.",
			nil, []string{"Halvik Motors -sell-> Nordvik Trucks", "Kessel Trading -acquire-> Velby Mills"},
			"an agreement cancelled or left does not do its act"},
		{"Halvik Motors signed a deal to buy Brandvik Foods.",
			[]string{"Halvik Motors -buy-> Brandvik Foods"}, nil,
			"an agreement signed keeps its act"},
	})
}
