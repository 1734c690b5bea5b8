package entity

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestHeadlineHolders checks, on the headline's facts, that a headline's
// opening agent noun is no name.
func TestHeadlineHolders(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []edgeCase{
		{"Astronomer tells Wikinews about comet\n\nThe astronomers of Halvik University found a comet. Ann Lee told Wikinews about it.",
			nil, []string{"Astronomer -tell-> Wikinews"},
			"a headline's opening agent noun that the body writes in lower case is no name"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			sents := a.Split(tc.text)
			exts := make([][]schema.Extraction, len(sents))
			for i, s := range sents {
				exts[i] = x.Sentence(s)
			}
			d := r.resolveDoc(sents, exts)
			var got []string
			for _, f := range d.facts {
				if f.Sentence == 0 && f.subj != nil && f.obj != nil && !f.Background {
					got = append(got, fmt.Sprintf("%s -%s-> %s", f.subj.name, f.Lemma, f.obj.name))
				}
			}
			checkEdges(t, tc, got)
		})
	}
}
