package entity

import "testing"

// TestShareOfAfterThe checks that a share with "the" before it, written
// with a hyphen ("the 57.8-per cent of"), is the share of the company
// after "of", on sentences written for this test.
func TestShareOfAfterThe(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nHalvik Motors will purchase the 57.8-per cent of Velby Steel that it does not own.",
			[]string{"Halvik Motors -purchase-> Velby Steel"}, nil,
			"the, a hyphenated per cent and of"},
		{"Deal\n\nHalvik Motors bought the 40% of Velby Steel it did not own.",
			[]string{"Halvik Motors -buy-> Velby Steel"}, nil,
			"the and a percentage of one token"},
		{"Deal\n\nHalvik Motors will buy 40 percent of Velby Steel.",
			[]string{"Halvik Motors -buy-> Velby Steel"}, nil,
			"no article, as before"},
	})
}
