package entity

import "testing"

// TestNominalClass checks the event nouns of two actors' dealings that
// firms and states have with each other ([nominals]): their actors given
// by "between", by a possessive or by the subject of a verb that makes the
// act, and the acts wished for, which are none. The sentences are
// written for this test.
func TestNominalClass(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The ruling ended a close competition between Halvik Air and Velby Motors. Ann Lee said a business relationship between Velmor Group and Umbrella Corp was good.",
			[]string{"Halvik Air -compete_with-> Velby Motors", "Velmor Group -have_relationship_with-> Umbrella Corp"}, nil,
			"a competition or a relationship between two firms is theirs"},
		{"The co-operation between Halvik Air and Velby Motors was praised. The government of Norway lost money on its bailout of Velmor Group.",
			[]string{"Halvik Air -cooperate_with-> Velby Motors", "government of Norway -bail_out-> Velmor Group"}, nil,
			"co-operation is cooperation, and a bailout's possessor bails out the actor after of"},
		{"Talks stalled due to worsening relations between Norway and Sweden.",
			[]string{"Norway -have_relations_with-> Sweden"}, nil,
			"\"due to\" before a noun gives a cause, not a schedule"},
		{"Norway is due to hold talks between Finland and Estonia.",
			nil, []string{"Finland -talk_with-> Estonia"},
			"\"due to\" before a verb is a schedule: the act has not taken place"},
		{"Halvik Air clinched a contract with Velby Motors. Velmor Group secured a deal with Umbrella Corp. Umbrella Corp won a contract with Norway.",
			[]string{"Halvik Air -contract_with-> Velby Motors", "Velmor Group -deal_with-> Umbrella Corp", "Umbrella Corp -contract_with-> Norway"},
			[]string{"Halvik Air -clinch_with-> Velby Motors", "Velmor Group -secure_with-> Umbrella Corp"},
			"a deal won or closed with another is made with it"},
		{"Halvik Air wants a deal with Velby Motors. Velmor Group is seeking a partnership with Halvik Air. Umbrella Corp pushed for talks with Norway.",
			nil, []string{"Halvik Air -want_with-> Velby Motors", "Velmor Group -seek_with-> Halvik Air", "Velmor Group -partner_with-> Halvik Air", "Umbrella Corp -push_for_with-> Norway"},
			"a deal wanted or sought is not made"},
		{"Asked about the rift between Norway and Sweden, Velby Motors Vice President Tom Wu replied that all was well. The talks between Israel and Chad, Bahrain, and Kosovo were held in Oslo.",
			[]string{"Norway -dispute_with-> Sweden", "Israel -talk_with-> Bahrain", "Israel -talk_with-> Kosovo"}, []string{"Norway -dispute_with-> Tom Wu"},
			"a list closed by \"and\" goes on after a comma only to more members, not to the next clause's subject"},
		{"Velby Motors received Norwegian loans. Halvik Air faced new Swedish sanctions. Tom Wu won American backing.",
			[]string{"Norway -lend_to-> Velby Motors", "Sweden -sanction-> Halvik Air", "United States -back-> Tom Wu"}, nil,
			"a loan, a sanction or backing received or faced from a state its adjective names is the state's act on the subject"},
		{"Velby Motors did not receive Norwegian loans. Halvik Air hopes to receive Swedish aid. Tom Wu received Swedish visitors.",
			nil, []string{"Norway -lend_to-> Velby Motors", "Sweden -aid-> Halvik Air", "Sweden -visit-> Tom Wu"},
			"an act not received, hoped for, or no act given states nothing"},
		{"A Velby Front attack in Halden killed Ann Lee. An attack by the Velby Front killed Per Lund. A Velby Front attack killed Bo Chen.",
			[]string{"Velby Front -kill-> Ann Lee", "Velby Front -kill-> Per Lund", "Velby Front -kill-> Bo Chen"}, nil,
			"an attack that killed someone is its agent's killing: the agent named before it or after by, the place after it skipped"},
		{"An attack by the Velby Front on Halden killed Per Lund. An attack by the Velby Front did not kill Bo Chen.",
			nil, []string{"Velby Front -kill-> Bo Chen"},
			"a killing denied is none"},
		{"Halvik Air faces stiff competition from Velby Motors. Umbrella Corp received a deal from Velmor Group.",
			[]string{"Velby Motors -compete_with-> Halvik Air"}, []string{"Velmor Group -deal_with-> Umbrella Corp"},
			"competition faced from a firm is its rivalry with the subject; a deal received names no maker"},
		{"The Tax Court upheld Halvik Air's protest.",
			[]string{"Tax Court -uphold-> Halvik Air"}, nil,
			"a ruling on a firm's formal protest is one on the firm"},
	})
}
