package entity

import "testing"

// TestFellowOfSociety checks that a fellow of a learned society or an
// institute is one of its members, on sentences written for this test.
func TestFellowOfSociety(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"For his work, Tom Wu was elected as a Fellow of the Royal Norwegian Society in 1981.",
			[]string{"Tom Wu -member_of-> Royal Norwegian Society"}, nil,
			"elected a Fellow of a society"},
		{"Ann Lee, a fellow of the Oslo Institute, said the results were sound.",
			[]string{"Ann Lee -member_of-> Oslo Institute"}, nil,
			"a fellow in apposition"},
		{"Tom Wu and fellow Republican Ann Lee criticized Norway.",
			[]string{"Ann Lee -member_of-> Republican Party"}, nil,
			"fellow as a modifier before a party keeps the party"},
	})
}
