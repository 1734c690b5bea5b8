package nlp

import (
	"slices"
	"testing"
)

// TestSplitThenPrefix checks that "then-" comes off a capitalised word,
// with the period of a dotted abbreviation kept on the word and a title
// hyphened to it a word of its own.
func TestSplitThenPrefix(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, text := range []string{
		"It was signed by then-U.S. Secretary of State Ola Berg and then-President Ann Lee, a then-popular leader.",
		"Then-Premier Tom Wu left.", // a sentence's first word
		"He met then-U.S.-president Ola Berg.",
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
		"then-", "President", "Ann", "Lee", ",", "a", "then-popular", "leader", ".", "Then-", "Premier", "Tom", "Wu", "left", ".",
		"He", "met", "then-", "U.S.", "president", "Ola", "Berg", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

// TestSplitGluedDash checks that a dash typed without its space after a
// dateline comes off the capitalised word it is glued to, and that other
// hyphened words keep theirs.
func TestSplitGluedDash(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, text := range []string{
		"OSLO (Reuters) -Norwegian forces fired on the rebels.",
		"The score was -Inf in the test.",
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
	want := []string{"OSLO", "(", "Reuters", ")", "-", "Norwegian", "forces", "fired", "on", "the", "rebels", ".",
		"The", "score", "was", "-Inf", "in", "the", "test", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

// TestOpensSentence checks which openings after an initialism that ends a
// segment begin a sentence of their own (joinInitialisms).
func TestOpensSentence(t *testing.T) {
	for s, want := range map[string]bool{
		" The firm said so.":  true,
		"It's cheap there.":   true,
		"(R-Texas)":           true,
		"in 1990.":            true,
		"Senator from Ohio,":  false,
		"O'Reilly said so.":   false,
		"Circuit vacated it.": false,
	} {
		if got := opensSentence(s); got != want {
			t.Errorf("opensSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestEndsInMiddleInitial checks which sentence endings are a name's
// middle initial (joinInitialisms); TestSplitMiddleInitial splits text.
func TestEndsInMiddleInitial(t *testing.T) {
	for s, want := range map[string]bool{
		"including President Ulysses S.": true,
		"in World War I.":                false,
		"the WWF S.":                     false,
		"S.":                             false,
	} {
		if got := endsInMiddleInitial(s); got != want {
			t.Errorf("endsInMiddleInitial(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSplitOpenBracket checks that a square bracket opened against a word
// ("Peru[...]", "q[2]") comes off it and one closed inside it stays, and
// that a round bracket closed against the next word ("(left)and") comes
// off both words.
func TestSplitOpenBracket(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const text = `"A blow to the press in Peru[...] and Chile," said Ana Ruiz, citing page q[2] of the ag[r]eement. Tom Wu (left)and Ann Lee met.`
	var got []string
	for _, s := range a.Split(text) {
		for _, k := range s.Tokens {
			if s.Text[k.Start:k.End] != k.Text {
				t.Errorf("token %q spans %q", k.Text, s.Text[k.Start:k.End])
			}
			got = append(got, k.Text)
		}
	}
	want := []string{`"`, "A", "blow", "to", "the", "press", "in", "Peru", "[", ".", ".", ".", "]", "and", "Chile", ",", `"`, "said", "Ana", "Ruiz", ",",
		"citing", "page", "q", "[", "2", "]", "of", "the", "ag[r]eement", ".",
		"Tom", "Wu", "(", "left", ")", "and", "Ann", "Lee", "met", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

// TestZeroWidthDropped checks that a zero-width joiner inside the text is
// no part of a token, nor of the span of the word before it, and that a
// zero-width space separates words.
func TestZeroWidthDropped(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Daily Xtra\u200d's editor met Tom\u200bWu and \ufeffAnn Lee."
	var got, spans []string
	for _, s := range a.Split(text) {
		for _, k := range s.Tokens {
			got = append(got, k.Text)
			spans = append(spans, s.Text[k.Start:k.End])
		}
	}
	want := []string{"Daily", "Xtra", "'s", "editor", "met", "Tom", "Wu", "and", "Ann", "Lee", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
	if spans[1] != "Xtra" {
		t.Errorf("span of Xtra = %q, want no zero-width character", spans[1])
	}
}
