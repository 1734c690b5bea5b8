package entity

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// spaced returns text as a sentence of its space-separated words.
func spaced(text string) nlp.Sentence {
	s := nlp.Sentence{Text: text}
	at := 0
	for _, w := range strings.Fields(text) {
		k := at + strings.Index(text[at:], w)
		s.Tokens = append(s.Tokens, nlp.Token{Text: w, Start: k, End: k + len(w)})
		at = k + len(w)
	}
	return s
}

// argIn returns the argument of text that is the first occurrence of w.
func argIn(text, w string) schema.Argument {
	k := strings.Index(text, w)
	return schema.Argument{Text: w, Start: k, End: k + len(w)}
}

func TestRelationTokens(t *testing.T) {
	tests := []struct {
		text, subj, rel, obj string
		i, j                 int
		ok                   bool
		why                  string
	}{
		{"Ann Lee met Tom Wu and met Bo Kim", "Ann Lee", "met", "Bo Kim", 6, 7, true,
			"the occurrence that ends closest before the object"},
		{"Ann Lee met Tom Wu and met Bo Kim", "Ann Lee", "met", "Tom Wu", 2, 3, true,
			"an occurrence after the object does not count"},
		{"Ann Lee said Tom Wu said so", "Tom Wu", "said", "", 5, 6, true,
			"no object: the first occurrence after the subject"},
		{"Norway is to hold membership talks with Iraq", "Norway", "is to hold membership talks with", "membership talks", 1, 7, true,
			"the object's noun inside the relation as written"},
		{"Ann Lee led the pledge with Tom Wu", "Ann Lee", "led", "Tom Wu", 0, 0, false,
			"the nearest occurrence before the object lies inside a word: no tokens"},
		{"Ann Lee met Tom Wu", "Ann Lee", "is", "Tom Wu", 0, 0, false,
			"a relation not written"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			s := spaced(tc.text)
			x := schema.Extraction{Subject: argIn(tc.text, tc.subj), Relation: tc.rel}
			if tc.obj != "" {
				x.Object = argIn(tc.text, tc.obj)
			}
			i, j, ok := relationTokens(s, x)
			if i != tc.i || j != tc.j || ok != tc.ok {
				t.Errorf("relationTokens(%q, %q) = %d, %d, %v, want %d, %d, %v", tc.text, tc.rel, i, j, ok, tc.i, tc.j, tc.ok)
			}
		})
	}
}
