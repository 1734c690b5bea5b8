package entity

import "testing"

// TestSiteVisited checks that a hospital, a bridge or another building
// is no actor where a fact only says someone went there, came from there
// or stayed there, and that working at one, or where one lies, is kept.
// The sentences are written for this test.
func TestSiteVisited(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Hospital news. Tom Hadley was admitted to Kingsway Hospital on Sunday.",
			nil, []string{"Tom Hadley -admit_to-> Kingsway Hospital"}, "a patient admitted"},
		{"Hospital news. Tom Hadley was released from Kingsway Hospital on Monday.",
			nil, []string{"Tom Hadley -release_from-> Kingsway Hospital"}, "a patient released"},
		{"Hospital news. Tom Hadley was taken to Kingsway Hospital, where doctors treated him.",
			nil, []string{"Tom Hadley -take_to-> Kingsway Hospital"}, "a patient taken"},
		{"Hospital news. Tom Hadley visited Northside Hospital with the mayor.",
			nil, []string{"Tom Hadley -visit-> Northside Hospital"}, "a visit"},
		{"Attack news. Tom Hadley stabbed two men in Leeds, then fled up Velmor Bridge.",
			nil, []string{"Tom Hadley -flee_up-> Velmor Bridge"}, "a bridge"},
		{"Hospital news. Ann Grell, a nurse at Northside Hospital, told reporters she was tired.",
			[]string{"Ann Grell -work_for-> Northside Hospital"}, nil, "an employer stays"},
	})
}
