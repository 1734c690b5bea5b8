package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestReportersAtBody covers reporters or journalists "at" or "in" a body
// that is no news outlet: the place they were, not their employer, so
// the speaker told no one named; "a reporter at" an outlet still works
// for it. On sentences written for this test.
func TestReportersAtBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"\"We are shocked,\" Ann Lee told reporters at NATO headquarters in Brussels.",
			nil, []string{"Ann Lee -tell-> NATO"}, "\"told reporters at\" a body's headquarters"},
		{"Ann Lee, a reporter at the Daily Post, said the talks had failed.",
			[]string{"Ann Lee -work_for-> Daily Post"}, nil, "\"a reporter at\" a paper works for it"},
	})
}
