package entity

import "testing"

// TestListsWithAsides checks lists whose members carry a bracketed aside
// ("Tom Wu (agriculture) and Ann Lee (power)"), and duties as a trade
// measure.
func TestListsWithAsides(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Two Norwegian ministers, Tom Wu (agriculture) and Ann Lee (power), were sacked.",
			[]string{"Tom Wu -work_for-> Norway", "Ann Lee -work_for-> Norway"}, nil,
			"a plural role set off before a list whose names carry their portfolios"},
		{"Norway on Friday imposed 25 percent duties on Swedish goods.",
			[]string{"Norway -impose_tariffs_on-> Sweden"}, nil,
			"duties on a state's goods, as tariffs"},
	})
}
