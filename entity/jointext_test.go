package entity

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/nlp"
)

// TestJoinText checks joinText against strings.Join and textIs against
// joinText, on spans that differ in spaces, lengths and prefixes.
func TestJoinText(t *testing.T) {
	toks := func(words ...string) []nlp.Token {
		var ts []nlp.Token
		for _, w := range words {
			ts = append(ts, nlp.Token{Text: w})
		}
		return ts
	}
	spans := [][]nlp.Token{
		toks(),
		toks("Oslo"),
		toks("Red", "Cross"),
		toks("Red Cross", "Society"),
		toks("a", "", "b"),
		toks("", ""),
	}
	strs := []string{"", " ", "Oslo", "Osl", "Oslo ", "Red Cross", "Red Cross Society", "Red  Cross", "a  b", "a b", "Red CrossSociety"}
	for _, span := range spans {
		var words []string
		for _, tok := range span {
			words = append(words, tok.Text)
		}
		want := strings.Join(words, " ")
		if got := joinText(span); got != want {
			t.Errorf("joinText(%q) = %q, want %q", words, got, want)
		}
		for _, s := range strs {
			if got := textIs(span, s); got != (want == s) {
				t.Errorf("textIs(%q, %q) = %v, want %v", words, s, got, want == s)
			}
		}
	}
}
