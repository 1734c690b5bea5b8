package entity

import "testing"

// TestWordSet checks that a wordSet reports what its map does, for its
// words and for words that share their length or first byte.
func TestWordSet(t *testing.T) {
	m := map[string]bool{"sisters": true, "twins": true, "": true, "off": false, "é": true,
		"a very long word that goes past sixty-three bytes in all, to test that": true}
	s := newWordSet(m)
	for _, w := range []string{"sisters", "twins", "", "off", "é", "e", "\xc3", "sister", "sistern", "tw", "twin", "Twins",
		"a very long word that goes past sixty-three bytes in all, to test that", "a very long word that goes past sixty-three bytes in all, to test this",
		"misters", "brothers", "x"} {
		if got := s.has(w); got != m[w] {
			t.Errorf("has(%q) = %v, want %v", w, got, m[w])
		}
	}
}

// TestWordMap checks that a wordMap's get and at report what its map
// does.
func TestWordMap(t *testing.T) {
	m := map[string]string{"talks": "talk", "vote": "", "é": "e", "": "none"}
	s := newWordMap(m)
	for _, w := range []string{"talks", "vote", "é", "", "talk", "votes", "Vote", "e", "walks", "x"} {
		want, wantOK := m[w]
		if got, ok := s.get(w); got != want || ok != wantOK {
			t.Errorf("get(%q) = %q, %v, want %q, %v", w, got, ok, want, wantOK)
		}
		if got := s.at(w); got != want {
			t.Errorf("at(%q) = %q, want %q", w, got, want)
		}
	}
}
