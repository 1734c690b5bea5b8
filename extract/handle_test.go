package extract_test

import (
	"strings"
	"testing"
)

// TestHandleNoRelation checks that a social-media handle after a title
// ("FM @AnnBergson of Sweden"), which the tagger reads as a noun, makes no
// relation "@annbergson of" (a tweet quoted without its verb), while a
// clause about the handle keeps its verb, on sentences written for this
// test.
func TestHandleNoRelation(t *testing.T) {
	tests := []struct {
		sentence, lemma string
		want            bool
	}{
		{`"Welcoming a close partner, FM @AnnBergson of Sweden.`, "", false},
		{`"Meeting with a very special friend, FM @LarsHolted of Norway.`, "", false},
		{`"A fine day with FM #TeamNorway of Oslo.`, "", false},
		{"Tom Wu thanked @NorwayMFA for the visit.", "thank", true},
	}
	a, x := setup(t)
	for _, tt := range tests {
		var handles []string
		found := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if strings.ContainsAny(e.Lemma, "@#") {
				handles = append(handles, e.Lemma)
			}
			if e.Lemma == tt.lemma {
				found = true
			}
		}
		if len(handles) > 0 {
			t.Errorf("Sentence(%q): relations %q hold a handle", tt.sentence, handles)
		}
		if tt.want && !found {
			t.Errorf("Sentence(%q): no %s relation", tt.sentence, tt.lemma)
		}
	}
}
