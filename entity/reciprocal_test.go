package entity

import "testing"

// TestReciprocalTies checks the acts a coordinated subject does with each
// other that name a tie made, cut or shared, on sentences written for
// this test.
func TestReciprocalTies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway and Sweden severed ties on Monday. Denmark and Finland broke off relations in May.",
			[]string{"Norway -sever_ties_with-> Sweden", "Denmark -break_off_relations_with-> Finland"}, nil,
			"a tie cut, as with one partner named after with"},
		{"Norway and Sweden formed an alliance in 1990. Denmark and Finland forged a partnership in May. Poland and Latvia joined forces in June.",
			[]string{"Norway -ally_of-> Sweden", "Denmark -partner_with-> Finland", "Poland -join_forces_with-> Latvia"}, nil,
			"a tie formed or forces joined"},
		{"Halvik Holdings and the Marren Group partnered on the project. Velby Mart and Orsa Timber teamed up in May. Norway and Sweden tied 2-2 on Monday.",
			[]string{"Halvik Holdings -partner_with-> Marren Group", "Velby Mart -team_up_with-> Orsa Timber", "Norway -tie_with-> Sweden"}, nil,
			"partnered and teamed up with no partner named; tied with a score"},
		{"Norway and Sweden severed ties with Russia on Monday. Denmark and Finland cooperated with Acme in May. Ann Lee and Tom Wu tied the knot in Oslo.",
			nil,
			[]string{"Norway -sever_ties_with-> Sweden", "Denmark -cooperate_with-> Finland", "Ann Lee -tie_with-> Tom Wu"},
			"a partner named after with, even one that resolves to no actor, is the list's; tied with an object is no tie between them"},
		{"Tom Wu met Ann Lee, Bo Chan and Ola Berg in Oslo. The duo formed a partnership in May.",
			nil,
			[]string{"Ann Lee -partner_with-> Bo Chan", "Bo Chan -partner_with-> Ola Berg"},
			"a duo is two: not a list of three"},
	})
}
