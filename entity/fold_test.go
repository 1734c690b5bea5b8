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

// TestLowerFields checks lowerFields, lastWord and noneOf against the
// expressions they replace, on strings.Fields of strings.ToLower, and
// that lowerFields appends to what dst holds.
func TestLowerFields(t *testing.T) {
	for _, s := range append(foldStrings, "No deal", "NO  relations", "\u2003no", "nO", "nope", "Ｎo") {
		want := strings.Fields(strings.ToLower(s))
		if got := lowerFields(nil, s); !slices.Equal(got, want) {
			t.Errorf("lowerFields(nil, %q) = %q, want %q", s, got, want)
		}
		if got := lowerFields([]string{"x"}, s); !slices.Equal(got, append([]string{"x"}, want...)) {
			t.Errorf("lowerFields([x], %q) = %q, want x and %q", s, got, want)
		}
		last := ""
		if len(want) > 0 {
			last = want[len(want)-1]
		}
		if got := lastWord(s); got != last {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, last)
		}
		if got, want := noneOf(s), len(want) > 0 && want[0] == "no"; got != want {
			t.Errorf("noneOf(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSplitLemma checks splitLemma against strings.Split(lemma, "_").
func TestSplitLemma(t *testing.T) {
	for _, l := range []string{"", "_", "__", "say", "meet_with", "carry_out_strikes_on", "_on", "say_", "a__b", "Ann Lee"} {
		if got, want := splitLemma(nil, l), strings.Split(l, "_"); !slices.Equal(got, want) {
			t.Errorf("splitLemma(nil, %q) = %q, want %q", l, got, want)
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
