package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSentenceAdverbIsNoPlace checks that a sentence adverb written with a
// capital after a comma ("..., Maybe they") names no place that the name
// before the comma lies in, on documents written for this test.
func TestSentenceAdverbIsNoPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Not only from Narvia, Maybe they could have asked Tom Lind.",
			nil, []string{"Narvia -locate_in-> Maybe"}, "Maybe opens a clause"},
		{"They came from Narvia, Perhaps the richest state.",
			nil, []string{"Narvia -locate_in-> Perhaps"}, "Perhaps opens a clause"},
		{"Ann Lee was born in Velby, Narvia.",
			[]string{"Velby -locate_in-> Narvia"}, nil, "a town and its state still"},
	})
}
