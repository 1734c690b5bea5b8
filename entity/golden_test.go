package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// dump renders entities and facts one a line, for golden files.
func dump(ents []schema.Entity, facts []schema.Fact) string {
	var b strings.Builder
	for _, e := range ents {
		fmt.Fprintf(&b, "entity %s %q aliases=%q mentions=%v\n", e.Type, e.Name, e.Aliases, e.Mentions)
	}
	for _, f := range facts {
		obj := f.ObjectEntity
		if obj == "" {
			obj = fmt.Sprintf("%q", f.Object.Text)
		}
		fmt.Fprintf(&b, "fact %d %s -%s-> %s %.2f\n", f.Sentence, f.SubjectEntity, f.Lemma, obj, f.Confidence)
	}
	return b.String()
}

// TestGolden compares the entities and implied facts of each article in
// testdata with testdata/NAME.entities. Run go test ./entity -update to
// rewrite them, and review the diff as a change of behaviour.
func TestGolden(t *testing.T) {
	a, r := newTest(t, Options{})
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(r.Resolve(a.Split(string(b)), nil))
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".entities", []byte(got))
		})
	}
}

// corpus returns the sentences of every article in testdata.
func corpus(tb testing.TB, a *nlp.Analyzer) [][]nlp.Sentence {
	tb.Helper()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var docs [][]nlp.Sentence
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, a.Split(string(b)))
	}
	return docs
}

// BenchmarkResolve measures Resolve alone (sentences already split and
// tagged) over the testdata articles, and reports sentences per second.
func BenchmarkResolve(b *testing.B) {
	a, r := newTest(b, Options{})
	docs := corpus(b, a)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			r.Resolve(d, nil)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// FuzzResolve checks that Resolve never panics, that every fact names a
// known entity, and that mentions point at real sentences.
//
// The seeds are the paragraphs of the testdata articles, not whole
// articles, and longer inputs are skipped. Each new interesting input is
// minimized before fuzzing goes on, and Go's minimizer tries removing
// every pair of byte positions: quadratic in the input's length. With
// 1 KB articles as seeds and about a millisecond per run (tagging
// included) that never finished within -fuzzminimizetime (60 s by
// default), and the fuzzer, which does not count minimizing runs, showed
// 0 execs/s after its first few thousand.
func FuzzResolve(f *testing.F) {
	const maxInput = 512
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			if len(para) <= maxInput {
				f.Add(para)
			}
		}
	}
	f.Add("He said it. They. Its 's of and The the")
	a, r := newTest(f, Options{})
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxInput {
			t.Skip("long inputs make minimizing too slow")
		}
		sents := a.Split(text)
		ents, facts := r.Resolve(sents, nil)
		names := map[string]bool{}
		for _, e := range ents {
			names[e.Name] = true
			for _, m := range e.Mentions {
				if m < 0 || m >= len(sents) {
					t.Fatalf("entity %q mentions sentence %d of %d", e.Name, m, len(sents))
				}
			}
		}
		for _, fc := range facts {
			for _, n := range []string{fc.SubjectEntity, fc.ObjectEntity} {
				if n != "" && !names[n] {
					t.Fatalf("fact %+v names unknown entity %q", fc, n)
				}
			}
		}
	})
}
