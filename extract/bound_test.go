package extract_test

import (
	"slices"
	"testing"
)

// TestBoundedAmountObject: the words that bound a number ("at least",
// "up to", "as many as") open the object's noun phrase; they are no
// particle or preposition of the verb ("arrested at", "killed up to").
// After a modal, "next" says when and the verb follows it; "vying" is
// a form of "vie".
func TestBoundedAmountObject(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, want, why string
	}{
		{"Police arrested at least 500 activists in Halvik.", "Police -arrest-> at least 500 activists", "at least"},
		{"Rebels killed up to 30 soldiers on Monday.", "Rebels -kill-> up to 30 soldiers", "up to"},
		{"Rebels killed as many as 40 soldiers.", "Rebels -kill-> as many as 40 soldiers", "as many as"},
		{"The army detained more than 200 members of the Velmor Front.", "The army -detain-> more than 200 members of the Velmor Front", "more than"},
		{"Tom Wu will next visit Norway.", "Tom Wu -visit-> Norway", "will next visit"},
		{"The Velmor Front is vying with the army for control of the border.", "The Velmor Front -vie_with-> the army", "vying"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			got := triples(a, x, tc.text)
			if !slices.Contains(got, tc.want) {
				t.Errorf("Sentence(%q) = %q, want %s", tc.text, got, tc.want)
			}
		})
	}
}
