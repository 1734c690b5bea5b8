package entity

import "testing"

// TestToldHearerClause covers a clause told after the hearer with no
// "that" ("told reporters Norway must leave"): the teller judges or urges
// the actor it is about, as after "said" or "told reporters that".
func TestToldHearerClause(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Mayor Per Lund died on Sunday. Senator Ann Lee told reporters Lund was a great man.",
			[]string{"Ann Lee -praise-> Per Lund"}, []string{"Ann Lee -tell-> Per Lund"},
			"praise in a clause told to a common noun's hearers; the clause's subject is not whom she told"},
		{"Mayor Tom Okoro died on Sunday. Senator Ann Lee told MSNBC Okoro \"was a great man,\" and left.",
			[]string{"Ann Lee -praise-> Tom Okoro", "Ann Lee -tell-> MSNBC"}, []string{"Ann Lee -tell-> Tom Okoro"},
			"an acronym's hearer, then the name, and a quotation that opens at the verb"},
		{"Governor Tom Wu told reporters Norway must withdraw its troops from Halden.",
			[]string{"Tom Wu -urge-> Norway"}, nil,
			"a duty told after the hearers urges the actor, as after told reporters that"},
		{"The Halden Harbor Council sold the port. Governor Tom Wu told reporters the Halden Harbor Council was corrupt.",
			[]string{"Tom Wu -criticize-> Halden Harbor Council"}, nil,
			"a scornful copula told after the hearers criticises"},
	})
}
