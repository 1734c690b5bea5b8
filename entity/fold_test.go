package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestContainsFold checks containsFold against the expression it
// replaces, contains of strings.Fields of strings.ToLower, on every pair
// of a set of strings with capitals, non-ASCII letters, unusual spaces
// and invalid UTF-8.
func TestContainsFold(t *testing.T) {
	for _, s := range foldStrings {
		for _, sub := range foldStrings {
			want := contains(strings.Fields(strings.ToLower(s)), strings.Fields(strings.ToLower(sub)))
			if got := containsFold(s, sub); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// TestAppendFields checks appendFields and wordCount against strings.Fields.
func TestAppendFields(t *testing.T) {
	for _, s := range append(foldStrings, "\v\fa\rb\x85c\u2028", "\xe2\x80 x", "x\xe2\x80\xa8y") {
		want := strings.Fields(s)
		if got := appendFields(nil, s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got := wordCount(s); got != len(want) {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, len(want))
		}
	}
}

// foldStrings have capitals, non-ASCII letters, unusual spaces and invalid
// UTF-8.
var foldStrings = []string{
	"", " ", "Tom Wu", "tom wu", "TOM  WU", "Wu", "the Ministry of Defence", "Ministry of Defence",
	"Ministry\u00a0of Defence", "ministry of\tdefence\n", "Zoë Ødegaard", "ZOË ØDEGAARD", "zoë",
	"İstanbul Office", "i̇stanbul office", "Kelvin \u212a", "kelvin k", "ΣΟΦΙΑ", "σοφια", "σοφιας",
	"bad \xff byte", "BAD \xff BYTE", "bad \ufffd byte", "a b c d e f g h i j k l m n o p q r s",
	"J k L", "\u2003Ann\u2003Lee\u2003", "ann lee", "Ann Lee Group", "US\u0085Army", "us army",
}
