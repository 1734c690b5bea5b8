package extract_test

import "testing"

// TestDoSupport: after a negated "do", the word the tagger read as another
// part of speech is the verb the auxiliary supports ("did not brief",
// "don't really like"); a negated main "do" and a "do" without negation
// keep their readings.
func TestDoSupport(t *testing.T) {
	a, x := setup(t)
	cases := []struct{ text, subj, rel, lemma, obj, why string }{
		{"The ministry said it did not brief Tom Wu on the matter.", "it", "did not brief", "brief", "Tom Wu",
			"a verb read as an adjective after did not"},
		{"I don't really like complex slow programs, they get in the way.", "I", "don't really like", "like", "complex slow programs",
			"a verb read as a preposition after don't and an adverb"},
		{"Ann Lee did not do the work for Globex.", "Ann Lee", "did not do", "do", "the work",
			"a negated main do keeps its object"},
		{"Ann Lee did not meet Tom Wu.", "Ann Lee", "did not meet", "meet", "Tom Wu",
			"a verb tagged as one"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				if e.Subject.Text == tc.subj && e.Relation == tc.rel && e.Lemma == tc.lemma && e.Object.Text == tc.obj {
					return
				}
				got = append(got, e.Subject.Text+" | "+e.Relation+" | "+e.Lemma+" | "+e.Object.Text)
			}
			t.Errorf("Sentence(%q) = %q, want %s | %s | %s | %s", tc.text, got, tc.subj, tc.rel, tc.lemma, tc.obj)
		})
	}
}
