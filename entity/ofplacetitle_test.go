package entity

import "testing"

// TestOfPlaceTitle checks that a place and a title after "of" name the
// title holder's place, on sentences written for this test.
func TestOfPlaceTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu spoke about the departure of Ontario MP Ann Lee.",
			[]string{"Ann Lee -represent-> Ontario"}, nil,
			"an MP's place after an event noun's of"},
		{"The visit of Norwegian President Ann Lee ended on Friday.",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"a state's adjective after of, as before"},
	})
}
