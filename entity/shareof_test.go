package entity

import "testing"

// TestShareOfCompany checks that a percentage of a company, owned,
// controlled or bought, is the company, on sentences written for this
// test.
func TestShareOfCompany(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nVelby Group owns 30 percent of Halvik Bank.",
			[]string{"Velby Group -own-> Halvik Bank"}, nil,
			"30 percent of the bank"},
		{"Deal\n\nVelby Group bought 20% of Halvik Bank in 2005.",
			[]string{"Velby Group -buy-> Halvik Bank"}, nil,
			"20% of the bank, one token"},
		{"Deal\n\nNorsk Media won 40% of the vote in Bergen.",
			nil, []string{"Norsk Media -win-> Bergen"},
			"a share of no company"},
	})
}

// TestNationalityTradeCompany checks that a trade's gerund or an owner's
// compound between a nationality and a company's noun still places the
// company, on sentences written for this test.
func TestNationalityTradeCompany(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nThe Canadian holding company Velby said it agreed.",
			[]string{"Velby -locate_in-> Canada"}, nil,
			"holding company"},
		{"Deal\n\nThe Canadian Wu-family holding company Velby said it agreed.",
			[]string{"Velby -locate_in-> Canada"}, nil,
			"an owner's compound before the trade"},
	})
}
