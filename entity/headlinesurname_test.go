package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadlineSurnameOfUnlistedGiven checks that a headline's lone surname,
// which the recogniser guessed to be a place's, is the person the body
// names in full when the body's given name is on no list ("Karsten") and
// the body reads the surname alone as a person's: "Sweden's Brekkholm"
// in the headline gives the person's from Sweden as the body does, once
// for each.
func TestHeadlineSurnameOfUnlistedGiven(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, edge string
		n          int
	}{
		{"Sweden's Brekkholm takes gold in 800 m race at European Championships in Berlin\n\nOn Sunday, Karsten Brekkholm of Sweden won the final in Berlin. Brekkholm, who is 25, said the race was hard.",
			"Karsten Brekkholm -from-> Sweden", 2},
	}
	for _, c := range cases {
		got := pipelineEdges(a, x, r, c.text, false)
		if n := len(slices.DeleteFunc(slices.Clone(got), func(e string) bool { return e != c.edge })); n != c.n {
			t.Errorf("Resolve(%q) edges = %q, want %d of %q", c.text, got, c.n, c.edge)
		}
	}
}
