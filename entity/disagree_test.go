package entity

import "testing"

// TestDisagreementsWith checks that a disagreement or a rift with an
// actor, had or held, is a dispute with it, on documents written for this
// test.
func TestDisagreementsWith(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Adviser leaves\n\nReportedly, Tom Wu often had disagreements with Ann Lee over Norway.",
			[]string{"Tom Wu -disagree_with-> Ann Lee"}, nil,
			"a light verb and a plural noun"},
		{"Rift grows\n\nNorway's rift with Sweden grew on Monday.",
			[]string{"Norway -dispute_with-> Sweden"}, nil,
			"a possessor's rift"},
	})
}
