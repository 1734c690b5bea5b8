package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOpenerNameNoFrom checks a name that closes a phrase opening the
// sentence, before the subject "doctors from Norway". The sentences are
// written for this test.
func TestOpenerNameNoFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"According to The Lancet, doctors from Norway said the virus was new.",
			nil, []string{"Lancet -from-> Norway"},
			"the subject after an opener's comma is no apposition of the name that closes the opener"},
		{"In a report published in The Lancet, scientists from Norway's University of Oslo described the virus.",
			nil, []string{"Lancet -from-> Norway"},
			"the same with a possessive place"},
		{"On Monday, Tom Wu, a 14-year-old boy from Oslo, was arrested.",
			[]string{"Tom Wu -from-> Oslo"}, nil,
			"an apposition after a name that opens no phrase keeps its from"},
	})
}
