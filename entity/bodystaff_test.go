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

// TestStaffStrike checks that a body's employees or workers who walk off
// the job or go on strike strike against it, on sentences written for this
// test.
func TestStaffStrike(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nAbout 3,000 Halvik Motors workers walked off the job on Monday after talks broke down.",
			[]string{"Halvik Motors workers -strike_against-> Halvik Motors"}, nil,
			"workers walk off the job"},
		{"Strike\n\nVelby Steel employees went on strike in March.",
			[]string{"Velby Steel employees -strike_against-> Velby Steel"}, nil,
			"employees go on strike"},
	})
}

// TestBasedDescriptionBetween checks that a "-based" description among
// the parties of talks between them places the body it takes up, on
// sentences written for this test.
func TestBasedDescriptionBetween(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nHalvik Motors said profits rose. Workers walked out after negotiations between the Velby Steel Workers union and the Oslo-based company broke down.",
			[]string{"Velby Steel Workers -negotiate_with-> Halvik Motors", "Halvik Motors -locate_in-> Oslo"}, nil,
			"the company, named before, is based in Oslo"},
	})
}
