package model_test

import (
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/nlp/treebank"
)

// TestUnchanged tags and parses GUM's dev and test documents, greedily
// and with the beam, and compares a SHA-256 of every tag, head and
// relation with testdata/unchanged.txt: work on speed must leave it as it
// is (the file holds no treebank text). A retrained model or new features
// change it: go test ./nlp/model -run Unchanged -update.
func TestUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 2,000 sentences twice; skipped with -short")
	}
	dir := sharedtest.Path(t, "treebanks")
	var out strings.Builder
	for _, split := range []treebank.Split{treebank.Dev, treebank.Test} {
		sents, err := treebank.ReadGUM(dir, split)
		if err != nil {
			t.Fatal(err)
		}
		for _, beam := range []bool{false, true} {
			analyze, mode := model.Analyze, "greedy"
			if beam {
				analyze, mode = model.AnalyzeBeam, "beam"
			}
			h := sha256.New()
			for _, s := range sents {
				words := make([]string, len(s.Words))
				for i, w := range s.Words {
					words[i] = w.Form
				}
				a, err := analyze(words)
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintln(h, a.XPOS, a.UPOS, a.Heads, a.Rels)
			}
			fmt.Fprintf(&out, "GUM %s, %s: %d sentences, sha256 %x\n", split, mode, len(sents), h.Sum(nil))
		}
	}
	golden.Check(t, filepath.Join("testdata", "unchanged.txt"), []byte(out.String()))
}
