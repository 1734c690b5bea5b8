package entity

import (
	"strings"
	"testing"
)

func TestNormKey(t *testing.T) {
	tests := []struct {
		in, want, why string
	}{
		{"The  United\tStates", "united states", "lower case, spaces collapsed, leading 'the' dropped"},
		{" Barack Obama ", "barack obama", "outer spaces dropped"},
		{"People \u2019s Party", "people's party", "curly apostrophe folded, no space before it"},
		{"Acme Corp.", "acme corp", "a final stop is dropped"},
		{"U.S.", "u.s.", "a stop of an abbreviation with inner stops is kept"},
		{".", "", "a lone stop is dropped"},
		{"the", "the", "'the' alone is kept"},
		{"ÉCOLE Normale", "ecole normale", "non-ASCII capitals, accent dropped"},
		{"São Paulo", "sao paulo", "accented Latin letter"},
		{"Łódź", "lodz", "Polish letters"},
		{strings.Repeat("Ab ", 30), strings.TrimSpace(strings.Repeat("ab ", 30)), "longer than the stack buffer"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := normKey(tt.in); got != tt.want {
				t.Errorf("normKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(appendKey([]byte("x"), tt.in)); got != "x"+tt.want {
				t.Errorf("appendKey(x, %q) = %q, want %q", tt.in, got, "x"+tt.want)
			}
			words := strings.Split(tt.in, " ")
			if got := string(appendKey(nil, words...)); got != tt.want {
				t.Errorf("appendKey(nil, %q...) = %q, want normKey of them joined, %q", words, got, tt.want)
			}
			if _, ok := lookupKey(map[string]bool{tt.want: true}, tt.in); !ok {
				t.Errorf("lookupKey(m, %q) missed key %q", tt.in, tt.want)
			}
		})
	}
}

// TestNormKeyAllocs checks that a lookup through lookupKey or Lexicon.Name
// does not allocate.
func TestNormKeyAllocs(t *testing.T) {
	m := map[string]int{"united states": 1}
	if n := testing.AllocsPerRun(100, func() { lookupKey(m, "The United States") }); n != 0 {
		t.Errorf("lookupKey allocates %v times, want 0", n)
	}
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"United", "Nations"}
	if n := testing.AllocsPerRun(100, func() { l.Name(words) }); n != 0 {
		t.Errorf("Lexicon.Name allocates %v times, want 0", n)
	}
}
