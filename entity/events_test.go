package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestEventNounPhrase checks the phrase stored with a fact that an event
// noun after a light verb states: the noun and its preposition once, even
// where the extractor keeps them in the verb's relation already.
func TestEventNounPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, lemma, want string
	}{
		{"During his speech, Tom Wu took a veiled shot at Ann Lee for her votes.", "criticize", "took a veiled shot at"},
		{"Norway filed a lawsuit against Sweden on Monday.", "sue", "filed a lawsuit against"},
		{"Tom Wu expressed opposition to the Halvik Party.", "oppose", "expressed opposition to"},
		{"Norway had made threats against Sweden.", "threaten", "had made threats against"},
	}
	for _, tt := range tests {
		_, facts := pipelineFacts(a, x, r, tt.text)
		var got []string
		for _, f := range facts {
			if f.Lemma == tt.lemma && f.ObjectEntity != "" {
				got = append(got, f.Relation)
			}
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("Resolve(%q): %s phrases %q, want %q", tt.text, tt.lemma, got, tt.want)
		}
	}
}

func TestPhraseWith(t *testing.T) {
	tests := []struct {
		relation string
		tail     []string
		want     string
	}{
		{"took", []string{"aim", "at"}, "took aim at"},
		{"took a veiled shot at", []string{"shot", "at"}, "took a veiled shot at"},
		{"filed a lawsuit Against", []string{"lawsuit", "against"}, "filed a lawsuit Against"},
		{"filed a lawsuit", []string{"lawsuit", "against"}, "filed a lawsuit against"},
		{"made a visit", []string{"visit", "to"}, "made a visit to"},
		{"won", []string{"support"}, "won support"},
		{"", []string{"visit", "to"}, " visit to"},
	}
	for _, tt := range tests {
		if got := phraseWith(tt.relation, tt.tail...); got != tt.want {
			t.Errorf("phraseWith(%q, %q) = %q, want %q", tt.relation, tt.tail, got, tt.want)
		}
	}
}
