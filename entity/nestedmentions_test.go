package entity

import "testing"

// TestNestedMentions checks that rules reading the words between two
// mentions bear mentions nested in one another ("the Conservative
// Government" holds the party "Conservative"), on documents written for
// this test: each of them panicked.
func TestNestedMentions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee of the Conservative Government spoke.",
			[]string{"Ann Lee -member_of-> Conservative government"}, nil,
			"secondRole: a party's adjective inside the body after a person's \"of\""},
	})
}
