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

// TestPaidForControl checks that "control of" a company after a verb's
// preposition names the company, as a share of it does, on sentences
// written for this test.
func TestPaidForControl(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal\n\nHalvik Motors agreed to pay $2 billion for control of Velby Steel.",
			[]string{"Halvik Motors -pay_for-> Velby Steel"}, nil,
			"for control of"},
		{"Deal\n\nHalvik Motors paid $2 billion for 40 percent of Velby Steel.",
			[]string{"Halvik Motors -pay_for-> Velby Steel"}, nil,
			"for a share of"},
		{"Deal\n\nHalvik Motors agreed to pay $2 billion for control of Dutch firm Velby Steel.",
			[]string{"Halvik Motors -pay_for-> Velby Steel"}, nil,
			"for control of a company described by its state and trade"},
	})
}
