package tag

import (
	"maps"
	"testing"

	"github.com/kg-project/kg/nlp/perceptron"
)

func TestShape(t *testing.T) {
	tests := []struct{ in, want, why string }{
		{"McDonald's", "XxXx'x", "case runs fold, the apostrophe stays"},
		{"1,200", "d,d", "digit runs fold"},
		{"", "", "empty"},
		{"Überprüfung", "Xx", "non-ASCII letters"},
		{"ABCDEFGHIJKLMNOPabcdefghijklmnop1234-5678-x-y-z-w", "Xxd-d-x-x-x-x", "cut once past 12 bytes"},
	}
	for _, tt := range tests {
		if got := shape(tt.in); got != tt.want {
			t.Errorf("shape(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.why)
		}
		if got, want := shapeHash(tt.in), perceptron.String(shape(tt.in)); got != want {
			t.Errorf("shapeHash(%q) = %x, want the hash of %q, %x", tt.in, got, shape(tt.in), want)
		}
	}
}

func TestAffixes(t *testing.T) {
	if got := suffix("naïve", 3); got != "ïve" {
		t.Errorf("suffix(naïve, 3) = %q, want ïve", got)
	}
	if got := prefix("Éclair", 2); got != "Éc" {
		t.Errorf("prefix(Éclair, 2) = %q, want Éc", got)
	}
	if got := suffix("ab", 3); got != "ab" {
		t.Errorf("suffix(ab, 3) = %q, want ab", got)
	}
}

// The lexicon's place features and the link features of a word are its
// wordFeatures (in another order), so that Tag scores what training
// learned.
func TestPlaceFeatures(t *testing.T) {
	sents := [][]string{
		{"Well-known", "firms", "paid", "$", "1,200", "in", "2019", "."},
		{"It"},
		{"The", "-START-", "and", "-END-", "words", "of", "naïve", "Éclair", "makers"},
		{"a", "b"},
	}
	x := &lexicon{end: &lexEntry{info: endInfo}}
	for _, words := range sents {
		var info []wordInfo
		var ents []*lexEntry
		for _, w := range words {
			info = append(info, wordAttrs(w))
			ents = append(ents, &lexEntry{info: wordAttrs(w)})
		}
		for i := range words {
			want := map[uint64]int{}
			for _, f := range wordFeatures(nil, info, i) {
				want[f]++
			}
			got := map[uint64]int{}
			n := 0
			for off := -2; off <= 2; off++ {
				for _, f := range placeFeatures(nil, padded(info, i+off), off) {
					got[f]++
					n++
				}
			}
			for _, f := range linkFeatures(nil, ents, x.end, i) {
				got[f]++
				n++
			}
			if !maps.Equal(got, want) {
				t.Errorf("%q word %d: place and link features differ from wordFeatures", words, i)
			}
			if n > maxPlaceFeatures+maxLinkFeatures {
				t.Errorf("%q word %d: %d features, more than the lexicon allows", words, i, n)
			}
		}
	}
}
