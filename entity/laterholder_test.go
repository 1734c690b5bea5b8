package entity

import "testing"

// TestLaterHolders checks that "the governor of Velmor" takes up the one
// person the next sentence names with that title, and no one when two
// are named so or the person leads another place, on sentences written
// for this test.
func TestLaterHolders(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"The governor of Louisiana declared a state of emergency on Thursday. Governor Tom Berglund addressed the public in Baton Rouge.",
			"Tom Berglund -lead-> Louisiana", 0, "the governor named in the next sentence"},
		{"The governor of Louisiana declared a state of emergency on Thursday. Governor Tom Berglund and Governor Ann Lindqvist addressed the public.",
			"", 0, "two governors named next: no one"},
		{"The governor of Louisiana declared a state of emergency on Thursday. Governor Tom Berglund of Texas addressed the public.",
			"", 0, "the governor of another state"},
		{"The governor of Louisiana declared a state of emergency on Thursday. Mayor Tom Berglund addressed the public.",
			"", 0, "another title named next"},
	}, "lead")
}
