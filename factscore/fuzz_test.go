package factscore

import (
	"strings"
	"testing"
)

// FuzzReadGold checks that ReadGold never panics and that every fact it
// returns has a document, a sentence (whitespace folded) and at least one
// subject, relation and object.
func FuzzReadGold(f *testing.F) {
	f.Add("doc\tsentence\tsubject\trelation\tobject\tnote\na.txt\tNorth and South Korea exchanged fire\tNorth Korea\tfire_at | fire\tSouth Korea\tsymmetric\n")
	f.Add("doc\tsentence\tsubject\trelation\tobject\n# comment\n\nb\tx y\tA | B\tmeet\tC\n")
	f.Add("sentence\tdoc\n")
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := ReadGold(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, g := range gold {
			if g.Doc == "" || g.Sentence == "" || len(g.Subject) == 0 || len(g.Relation) == 0 || len(g.Object) == 0 {
				t.Fatalf("ReadGold(%q) returned an incomplete fact %+v", in, g)
			}
			if g.Sentence != NormText(g.Sentence) {
				t.Fatalf("ReadGold(%q): sentence %q is not normalised", in, g.Sentence)
			}
		}
	})
}
