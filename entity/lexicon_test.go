package entity

import (
	"strings"
	"testing"
)

func TestLexicon(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	names := []struct {
		name, want, why string
	}{
		{"United Nations", "Organization", "a body of the gazetteer"},
		{"WHO", "Organization", "an acronym in capitals"},
		{"who", "", "an acronym matches only in capitals"},
		{"the United States", "GPE", "a leading 'the' is dropped"},
		{"British", "demonym", "a nationality word"},
		{"Prime Minister", "title", "a title"},
		{"Putin", "short", "a well-known person's short name"},
		{"Vladimir Putin", "Person", "a well-known person"},
		{"Cape Canaveral", "", "unknown"},
	}
	for _, tt := range names {
		if got := l.Name(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q (%s)", tt.name, got, tt.want, tt.why)
		}
	}
	words := []struct{ word, want string }{
		{"Party", "orghead"},
		{"University", "orghead orgfirst"},
		{"Senator", "title"},
		{"Monday", "notname"},
		{"the", ""},
	}
	for _, tt := range words {
		if got := l.Word(tt.word); got != tt.want {
			t.Errorf("Word(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestLexiconSum(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	a, err := l.Sum()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := l.Sum()
	if len(a) != 64 || a != b {
		t.Errorf("Sum() = %q then %q, want the same 64 hex digits", a, b)
	}
}

func TestWordKey(t *testing.T) {
	for _, w := range []string{"President", "Corp.", "U.S.", "the", "People’s", "CHIEF", "x y", ""} {
		if got, want := wordKey(w), normKey(w); got != want {
			t.Errorf("wordKey(%q) = %q, want normKey's %q", w, got, want)
		}
	}
}

// TestWordFast checks that Word's table gives what the full look-up gives.
func TestWordFast(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"President", "president", "PRESIDENT", "Corp.", "Corp", "Bank", "Monday", "Monday.", "chief", "Chief.", "Kim", "McDonald", "People’s", "x", ""}
	for w := range l.word {
		words = append(words, w, strings.ToUpper(w), strings.ToLower(w), w+".")
	}
	for _, w := range words {
		if got, want := l.Word(w), l.lookWord(w); got != want {
			t.Errorf("Word(%q) = %q, want %q", w, got, want)
		}
	}
}
