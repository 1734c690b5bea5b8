package extract_test

import (
	"strings"
	"testing"
)

// TestWithParticiple checks that a passive participle after "with", a
// noun phrase and an aside set off by commas is that noun phrase's, not
// the main clause subject's: in "described the crash, with some victims,
// both young and old, taken to Oslo" the victims were taken, not Tom Wu.
// A past tense with an object after "with" keeps the sentence's subject.
func TestWithParticiple(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, subj, rel, wrong string }{
		{"Tom Wu described the crash, with some victims, both young and old, taken to Oslo.", "some victims", "taken", "Tom Wu"},
		{"Ann Lee visited the camp, with two families, all from Norway, moved to Bergen.", "two families", "moved", "Ann Lee"},
		{"Tom Wu showed up with a map of the town, carefully measured every road and left.", "Tom Wu", "measured", "a map"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tc.text)) {
			if !strings.HasPrefix(e.Relation, tc.rel) {
				continue
			}
			if e.Subject.Text == tc.subj {
				found = true
			}
			if strings.HasPrefix(e.Subject.Text, tc.wrong) {
				t.Errorf("Sentence(%q): %q | %q", tc.text, e.Subject.Text, e.Relation)
			}
		}
		if !found {
			t.Errorf("Sentence(%q): no clause %q | %q", tc.text, tc.subj, tc.rel)
		}
	}
}
