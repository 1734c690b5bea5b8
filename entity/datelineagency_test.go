package entity

import "testing"

// TestDatelineAgency checks that a news agency in brackets after a
// dateline is the report's source, not the body of the titled person
// after it, while a body's own acronym in brackets still gives the role,
// on sentences written for this test.
func TestDatelineAgency(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Quito, March 3 (AP) President Lena Marsh met Tom Wu on Friday.",
			[]string{"Lena Marsh -meet-> Tom Wu"}, []string{"Lena Marsh -lead-> Associated Press"},
			"a dateline's agency before a title"},
		{"Quito, March 3 (IANS) Foreign Minister Lena Marsh met Tom Wu on Friday.",
			nil, []string{"Lena Marsh -work_for-> IANS"},
			"an agency's acronym before a minister"},
		{"The World Food Programme (WFP) country director Lena Marsh met Tom Wu.",
			[]string{"Lena Marsh -work_for-> World Food Programme"}, nil,
			"the body's own acronym in brackets before the role"},
	})
}
