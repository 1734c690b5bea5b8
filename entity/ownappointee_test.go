package entity

import "testing"

// TestOwnAppointee checks that an appointer's possessive before the title
// of the as-phrase ("named Ann Lee as his foreign minister") gives the
// appointee the title's post in the appointer's state, as the bare title
// does, on sentences written for this test.
func TestOwnAppointee(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Swedish Prime Minister Per Holm named Ann Lee as his foreign minister.",
			[]string{"Ann Lee -work_for-> Sweden", "Per Holm -name-> Ann Lee"}, nil,
			"the appointer's own minister"},
		{"Norway held a vote. Norway counted it. Per Holm appointed Ann Lee as his finance minister on Monday.",
			[]string{"Ann Lee -work_for-> Norway"}, nil,
			"the report's state"},
		{"Swedish Prime Minister Per Holm named Ann Lee as his friend.",
			nil, []string{"Ann Lee -work_for-> Sweden"},
			"no title, no post"},
	})
}
