package nlp

import (
	"slices"
	"testing"
)

// TestSplitThenPrefix checks that "then-" comes off a capitalised word,
// with the period of a dotted abbreviation kept on the word.
func TestSplitThenPrefix(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, text := range []string{
		"It was signed by then-U.S. Secretary of State Ola Berg and then-President Ann Lee, a then-popular leader.",
		"Then-Premier Tom Wu left.", // a sentence's first word
	} {
		for _, s := range a.Split(text) {
			for _, k := range s.Tokens {
				if text[k.Start:k.End] != k.Text {
					t.Errorf("token %q spans %q", k.Text, text[k.Start:k.End])
				}
				got = append(got, k.Text)
			}
		}
	}
	want := []string{"It", "was", "signed", "by", "then-", "U.S.", "Secretary", "of", "State", "Ola", "Berg", "and",
		"then-", "President", "Ann", "Lee", ",", "a", "then-popular", "leader", ".", "Then-", "Premier", "Tom", "Wu", "left", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}
