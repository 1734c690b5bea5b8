package conllu

import (
	"strings"
	"testing"
)

// FuzzRead checks that Read never panics, that what it accepts has heads
// inside their sentence, and that mentions and surface tokens stay within
// the sentence's words.
func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\tx\tX\tX\t_\t0\troot\t_\tEntity=(1-person-new)\n\n")
	f.Add("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\tEntity=(1-a(2-b\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\tEntity=2)1)\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			n := len(s.Words)
			for i, h := range s.Heads()[1:] {
				if h < 0 || h > n || h == i+1 {
					t.Fatalf("Read(%q): word %d has head %d of %d words", in, i+1, h, n)
				}
			}
			for _, m := range s.Mentions() {
				if m.Start < 1 || m.End < m.Start || m.End > n {
					t.Fatalf("Read(%q): mention %+v outside %d words", in, m, n)
				}
			}
			for _, tok := range s.SurfaceTokens() {
				if tok.From < 1 || tok.To < tok.From || tok.To > n {
					t.Fatalf("Read(%q): token %+v outside %d words", in, tok, n)
				}
			}
		}
	})
}
