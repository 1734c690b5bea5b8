package extract_test

import (
	"slices"
	"testing"
)

// TestQuantifierOfConjunct: a quantifier with "of" after it ("several of
// his aides", "most of the rebels") is a conjunct of its own; the name
// joined to it by "and" stays a subject or an object of the verb.
func TestQuantifierOfConjunct(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, subj, lemma, obj string
		why                    string
	}{
		{"Tom Wu and several of his aides met Ann Lee on Monday.", "Tom Wu", "meet", "Ann Lee",
			"several of: the name before and is a subject"},
		{"Ann Lee and most of the rebels criticised Norway.", "Ann Lee", "criticise", "Norway",
			"most of: the name before and is a subject"},
		{"Ann Lee and most of the rebels criticised Norway.", "most of the rebels", "criticise", "Norway",
			"most of: the quantifier's phrase is a subject too"},
		{"Police arrested Bo Kim and many of his supporters.", "Police", "arrest", "Bo Kim",
			"many of in an object: the name stays an object"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			got := triples(a, x, tc.text)
			if want := tc.subj + " -" + tc.lemma + "-> " + tc.obj; !slices.Contains(got, want) {
				t.Errorf("Sentence(%q) = %q, want %s", tc.text, got, want)
			}
		})
	}
}
