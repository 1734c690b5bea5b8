package nlp_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp"
)

// FuzzSplit checks that splitting never panics and that its offsets hold:
// sentences are slices of the text, in order and apart; tokens are
// non-empty slices of their sentence, in order, each with a tag. Tokens
// are apart too, except those cut from one folded character ("…" folds to
// "...", which the tokenizer may cut in three): they share its span.
func FuzzSplit(f *testing.F) {
	f.Add("General Kim Jong Bok traveled to Russia. He oversees the troops.")
	f.Add("“Quoted,” he said — and left.\n\nA headline without a stop\nThe next line.")
	f.Add("U.S. Sen. J. Smith Jr. met Dr. Lee at 5 p.m. on Jan. 3... Then?! Yes.")
	f.Add("# Title\n\n* a list item\n* another one\n\n\"Nested 'quotes'\" (and brackets).")
	f.Add("\t\r\n  \u00a0\u2028 ")
	a, err := nlp.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			t.Skip("the analyzer is given valid UTF-8 paragraphs")
		}
		if err := checkSplit(text, a.Split(text)); err != nil {
			t.Errorf("Split(%q): %v", text, err)
		}
	})
}

// checkSplit returns the first offset invariant that sents break.
func checkSplit(text string, sents []nlp.Sentence) error {
	prev := 0
	for i, s := range sents {
		if s.Start < prev || s.End() > len(text) {
			return fmt.Errorf("sentence %d at [%d,%d) overlaps the previous one (ends at %d) or leaves the text (%d bytes)", i, s.Start, s.End(), prev, len(text))
		}
		if text[s.Start:s.End()] != s.Text {
			return fmt.Errorf("sentence %d: Text %q is not the text at [%d,%d)", i, s.Text, s.Start, s.End())
		}
		if strings.TrimSpace(s.Text) == "" {
			return fmt.Errorf("sentence %d is blank: %q", i, s.Text)
		}
		var last nlp.Token
		for j, tok := range s.Tokens {
			shared := j > 0 && tok.Start == last.Start && tok.End == last.End
			if (tok.Start < last.End && !shared) || tok.End <= tok.Start || tok.End > len(s.Text) {
				return fmt.Errorf("sentence %d token %d (%q) at [%d,%d) is empty, overlaps the previous one at [%d,%d) or leaves the sentence (%d bytes)", i, j, tok.Text, tok.Start, tok.End, last.Start, last.End, len(s.Text))
			}
			if shared && utf8.RuneCountInString(s.Text[tok.Start:tok.End]) != 1 {
				return fmt.Errorf("sentence %d tokens %d and %d share [%d,%d), which is not one character", i, j-1, j, tok.Start, tok.End)
			}
			if tok.Text == "" || tok.Tag == "" {
				return fmt.Errorf("sentence %d token %d at [%d,%d): text %q, tag %q; want both", i, j, tok.Start, tok.End, tok.Text, tok.Tag)
			}
			last = tok
		}
		prev = s.End()
	}
	return nil
}
