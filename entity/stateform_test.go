package entity

import "testing"

// TestStateFormBodies checks that a body named once with a state's name and
// once with its adjective before the same words is one body, on documents
// written for this test.
func TestStateFormBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Kenyan Defence Forces attacked the Harbor Front on Monday. A spokesman of the Kenya Defence Forces, Tom Wu, said the raid was a success.",
			[]string{"Kenyan Defence Forces -attack-> Harbor Front", "Tom Wu -work_for-> Kenyan Defence Forces"},
			[]string{"Tom Wu -work_for-> Kenya Defence Forces"},
			"the adjective's form first"},
		{"A spokesman of the Kenya Defence Forces, Tom Wu, said the raid was a success. The Kenyan Defence Forces attacked the Harbor Front.",
			[]string{"Kenyan Defence Forces -attack-> Harbor Front", "Tom Wu -work_for-> Kenyan Defence Forces"},
			[]string{"Kenya Defence Forces -attack-> Harbor Front", "Tom Wu -work_for-> Kenya Defence Forces"},
			"the state's name first: one body, by the longer name"},
	})
}
