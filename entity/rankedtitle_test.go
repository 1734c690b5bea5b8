package entity

import "testing"

// TestRankedHomeTitle checks that a superlative or an ordinal before a
// lower-case title of the report's state ("the youngest prime minister",
// "the twelfth prime minister") leaves the office as it is: a head's
// title still gives lead, a minister's work_for, on texts written for
// this test.
func TestRankedHomeTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held a vote. Norway counted it. Ann Lee, at 43, is the youngest prime minister since Bo Chen in 1990.",
			[]string{"Ann Lee -lead-> Norway"}, []string{"Ann Lee -work_for-> Norway"},
			"a superlative before the head's title"},
		{"Norway held a vote. Norway counted it. Ann Lee is the twelfth prime minister since 1945.",
			[]string{"Ann Lee -lead-> Norway"}, []string{"Ann Lee -work_for-> Norway"},
			"an ordinal before it"},
		{"Norway held a vote. Norway counted it. Ann Lee is the longest-serving foreign minister.",
			[]string{"Ann Lee -work_for-> Norway"}, []string{"Ann Lee -lead-> Norway"},
			"a minister's title keeps work_for"},
	})
}
