package entity

import "testing"

// TestClaimedEventClause covers an event that a verb of perpetration gives
// an author and whose relative clause names whom it killed or wounded:
// the author did that, and no earlier sentence's target is sought.
func TestClaimedEventClause(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik Front claimed responsibility for the attack, which killed three Norwegian soldiers.",
			[]string{"Halvik Front -kill-> Norwegian soldiers"}, nil,
			"'which killed' after the claimed attack"},
		{"The Taliban claimed responsibility for the attack, which killed three Canadian soldiers. The Halvik Front claimed responsibility for the bombing, which killed Tom Wu.",
			[]string{"Halvik Front -kill-> Tom Wu"}, []string{"Halvik Front -bomb-> Canadian soldiers"},
			"the clause's victim, not the previous sentence's"},
		{"The Halvik Front carried out the bombing that wounded Tom Wu.",
			[]string{"Halvik Front -wound-> Tom Wu"}, nil,
			"'that wounded' after a carried-out bombing"},
		{"Gunmen attacked the Oslo Police on Sunday. The attack was claimed by the Harbor Militia.",
			[]string{"Harbor Militia -attack-> Oslo Police"}, nil,
			"with no clause the earlier target stays"},
	})
}
