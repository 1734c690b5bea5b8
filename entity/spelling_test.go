package entity

import "testing"

// TestSpelling checks that a lemma's "-ise" verb follows the document's
// spelling, on texts written for this test.
func TestSpelling(t *testing.T) {
	a, _ := newTest(t, Options{})
	tests := []struct {
		text, lemma, want, why string
	}{
		{"Ann Lee joined the Velmor Organization.", "criticise", "criticize", "an -ize word: American spelling"},
		{"Ann Lee joined the Velmor Organisation.", "criticise", "criticise", "an -ise word: as written"},
		{"Ann Lee joined Velmor.", "criticise", "criticise", "nothing to tell: as the tables write it"},
		{"Ann Lee was recognized. Tom Wu criticised her.", "criticise", "criticise", "the verb written in -ise keeps it"},
		{"Ann Lee was recognized.", "not_criticise_for", "not_criticize_for", "negation and particle kept"},
		{"Ann Lee was recognized.", "advise", "advise", "no -ize verb"},
		{"Police seized the prize of the size of a house.", "recognise", "recognise", "seize, prize and size are no -ize verbs"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := spelling(a.Split(tt.text))(tt.lemma); got != tt.want {
				t.Errorf("spelling(%q)(%q) = %q, want %q", tt.text, tt.lemma, got, tt.want)
			}
		})
	}
}
