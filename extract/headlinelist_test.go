package extract_test

import (
	"slices"
	"testing"
)

// TestHeadlineCommaList checks that a headline's names joined by commas
// alone before a plural verb are each the verb's subject, at the start of
// the sentence or after a colon, on sentences written for this test; a
// singular verb after a name and its apposition keeps the one subject.
func TestHeadlineCommaList(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, subj, lemma string
		want              bool
	}{
		{"Wu, Lee criticise Norway over fishing ban", "Wu", "criticise", true},
		{"Wu, Lee criticise Norway over fishing ban", "Lee", "criticise", true},
		{"Ohio vote: Wu, Lee win state primaries", "Wu", "win", true},
		{"Ohio vote: Wu, Lee win state primaries", "Lee", "win", true},
		{"Tom Wu, Halvik Bank chairman, criticises Norway over fishing ban", "Halvik Bank chairman", "criticise", false},
	}
	for _, c := range cases {
		got := subjectLemmas(a, x, c.text)
		found := slices.Contains(got, c.subj+"|"+c.lemma)
		if found != c.want {
			t.Errorf("Sentence(%q) = %q, want subject %q with lemma %q: %v", c.text, got, c.subj, c.lemma, c.want)
		}
	}
}
