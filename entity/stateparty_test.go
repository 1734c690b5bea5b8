package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStateParties checks that a party named with its state's name before
// it is the party its document also names without it, and keeps its name
// in a document that never does, on sentences written for this test.
func TestStateParties(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu joined the Velmor Party in 2010. In May, the US Velmor Party nominated Ann Lee for president.",
			[]string{"Tom Wu -join-> Velmor Party", "Velmor Party -nominate-> Ann Lee"}, []string{"US Velmor Party -nominate-> Ann Lee"},
			"the state's initials before a party the document names plainly"},
		{"In May, the US Velmor Party nominated Ann Lee for president.",
			[]string{"US Velmor Party -nominate-> Ann Lee"}, nil,
			"a party named only with its state keeps that name"},
	})
}
