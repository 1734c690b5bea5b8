package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSeatRestated checks that a legislator's bare title ("Senator Wu")
// restates, in its own sentence, the seat an earlier title of the same
// person gave ("United States senator Tom Wu"), in a report that names
// no chamber itself; another person's bare title gets no seat from it.
// The sentences, after a headline, are written for this test.
func TestSeatRestated(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, want string
		sent       int
		why        string
	}{
		{"Talks held in Oslo\n\nUnited States senator Tom Wu spoke in Oslo on Monday. Ann Lee met Senator Per Holm on Tuesday.",
			"", 2,
			"another person's bare title names no seat the first was given"},
		{"Talks held in Oslo\n\nUnited States senator Tom Wu spoke in Oslo on Monday. Ann Lee met Senator Wu on Tuesday.",
			"Tom Wu -member_of-> United States Senate", 2,
			"a title with the state, then the bare title"},
		{"Talks held in Oslo\n\nAnn Lee shot United States senator and presidential candidate Tom Wu in 1968. Ann Lee, a Palestinian from Jordan, opposed Senator Wu's policy.",
			"Tom Wu -member_of-> United States Senate", 2,
			"a seat read from coordinated titles, then the bare title in a possessive"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			got := sentenceEdges(a, x, r, tc.text, tc.sent, "member_of")
			if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("Resolve(%q) sentence %d seats = %q, want %q", tc.text, tc.sent, got, tc.want)
			}
		})
	}
}
