package entity

import "testing"

// TestBodyLeadershipStaff checks that a body's "leadership" or
// "management" after its name acts and is acted on for the body, and that
// its "employees" or "staff" are a group of its people, on sentences
// written for this test.
func TestBodyLeadershipStaff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nThe Velby Steel Workers met with Halvik Motors management on Monday.",
			[]string{"Velby Steel Workers -meet_with-> Halvik Motors"}, nil,
			"the company's management"},
		{"Strike\n\nHalvik Motors criticised the Velby Steel Workers leadership on Monday.",
			[]string{"Halvik Motors -criticise-> Velby Steel Workers"}, nil,
			"the union's leadership"},
		{"Strike\n\nHalvik Motors employees protested against Velby Steel on Monday.",
			[]string{"Halvik Motors employees -protest_against-> Velby Steel"}, nil,
			"the company's employees"},
	})
}
