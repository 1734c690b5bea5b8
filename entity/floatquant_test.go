package entity

import "testing"

// TestFloatingQuantifierHedge covers a quantifier between the auxiliary
// and a verb of belief before an infinitive ("are all believed to be
// from"): the infinitive is the relation, as without the quantifier.
func TestFloatingQuantifierHedge(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The UN peacekeepers are all believed to be from Sweden.",
			[]string{"UN peacekeepers -from-> Sweden"}, []string{"UN peacekeepers -believe_to_be_from-> Sweden"},
			"'all' after 'are'"},
		{"Tom Wu and Ann Lee were both forced to leave Norway.",
			[]string{"Tom Wu -leave-> Norway", "Ann Lee -leave-> Norway"}, nil,
			"'both' after 'were'"},
	})
}
