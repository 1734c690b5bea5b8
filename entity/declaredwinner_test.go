package entity

import "testing"

// TestDeclaredWinner checks that a body that declares or proclaims a
// person winner of an election declares the person, when the extractor
// reads the name and "winner" as one object, on documents written for
// this test.
func TestDeclaredWinner(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik Election Board declared Tom Wulff winner of the presidential election on Saturday.",
			[]string{"Halvik Election Board -declare-> Tom Wulff"}, nil,
			"declared a name winner"},
		{"After the vote, the Halvik Election Board proclaims President Tom Wulff winner in the first round.",
			[]string{"Halvik Election Board -declare-> Tom Wulff"}, nil,
			"proclaims a titled name winner"},
		{"After the vote, the National Electoral Commission proclaims President Tom Wulff winner in the first round.",
			[]string{"National Electoral Commission -declare-> Tom Wulff"}, nil,
			"proclaims read as a plural noun"},
		{"The Halvik Election Board declared Tom Wulff the winner of the election.",
			[]string{"Halvik Election Board -declare-> Tom Wulff"}, nil,
			"the winner, which the extractor already read"},
	})
}
