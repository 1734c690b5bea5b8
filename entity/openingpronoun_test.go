package entity

import "testing"

// TestOperationDoerOpening checks that a relative pronoun's subject with
// no phrase before it ("That" opening the sentence) gives no agent of an
// operation, and no panic, on a document written for this test.
func TestOperationDoerOpening(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"That killed our Ivo Sand.", nil, nil, "operationDoer: \"That\" opens the sentence"},
	})
}
