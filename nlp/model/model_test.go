package model_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/nlp/treebank"
	"github.com/kg-project/kg/nlp/udeval"
)

// TestGolden tags and parses sentences written for kg, so that a retrained
// model shows its changes as a diff (go test ./nlp/model -update).
func TestGolden(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		words := strings.Fields(sc.Text())
		s, err := model.Analyze(words)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "# text = %s\n", sc.Text())
		for i, w := range words {
			fmt.Fprintf(&out, "%d\t%s\t%s\t%s\t%d\t%s\n", i+1, w, s.UPOS[i], s.XPOS[i], s.Heads[i], s.Rels[i])
		}
		out.WriteString("\n")
	}
	golden.Check(t, filepath.Join("testdata", "sentences.conllu"), []byte(out.String()))
}

// floors are the accuracies below which the shipped model fails its tests:
// the figures the model card reports, less a small margin.
var floors = []struct {
	name               string
	split              treebank.Split
	upos, uas, la, ner float64
	nerProse           float64 // the recogniser on prose's tags, as kg build runs it
	beamUAS, beamLAS   float64 // parsed with the beam (model.AnalyzeBeam)
}{
	{"GUM dev", treebank.Dev, 0.952, 0.803, 0.767, 0.765, 0.758, 0.826, 0.789},
	{"GUM test", treebank.Test, 0.957, 0.814, 0.779, 0.665, 0.67, 0.832, 0.798},
}

// TestAccuracy scores the shipped model on GUM's dev and test documents
// with the code that kg eval --conllu runs.
func TestAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 29,000 words; skipped with -short")
	}
	dir := sharedtest.Path(t, "treebanks")
	for _, fl := range floors {
		t.Run(fl.name, func(t *testing.T) {
			sents, err := treebank.ReadGUM(dir, fl.split)
			if err != nil {
				t.Fatal(err)
			}
			sc, err := udeval.Evaluate(sents, func(words []string) (udeval.Prediction, error) {
				s, err := model.Analyze(words)
				return udeval.Prediction{UPOS: s.UPOS, XPOS: s.XPOS, Heads: s.Heads, Rels: s.Rels}, err
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %v", fl.name, sc)
			if sc.UPOSAcc() < fl.upos || sc.UASAcc() < fl.uas || sc.LASAcc() < fl.la {
				t.Errorf("%s: %v, below the floors UPOS %.3f UAS %.3f LAS %.3f", fl.name, sc, fl.upos, fl.uas, fl.la)
			}
			beam, err := udeval.Evaluate(sents, func(words []string) (udeval.Prediction, error) {
				s, err := model.AnalyzeBeam(words)
				return udeval.Prediction{UPOS: s.UPOS, XPOS: s.XPOS, Heads: s.Heads, Rels: s.Rels}, err
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s, beam: %v", fl.name, beam)
			if beam.UASAcc() < fl.beamUAS || beam.LASAcc() < fl.beamLAS {
				t.Errorf("%s, beam: %v, below the floors UAS %.3f LAS %.3f", fl.name, beam, fl.beamUAS, fl.beamLAS)
			}
			lex, err := entity.NewLexicon()
			if err != nil {
				t.Fatal(err)
			}
			ms, err := ner.Evaluate(sents, func(words [][]string) ([][]ner.Span, error) {
				doc := make([]model.Sentence, len(words))
				for i, w := range words {
					if doc[i], err = model.Analyze(w); err != nil {
						return nil, err
					}
				}
				return model.Mentions(lex, doc)
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %v", fl.name, ms)
			if _, _, f := ms.PRF(""); f < fl.ner {
				t.Errorf("%s: %v, below the floor F1 %.3f", fl.name, ms, fl.ner)
			}
			// kg build gives the recogniser prose's tags (package nlp),
			// and it is trained on them.
			an, err := nlp.New()
			if err != nil {
				t.Fatal(err)
			}
			rec, err := model.Recognizer()
			if err != nil {
				t.Fatal(err)
			}
			ms, err = ner.Evaluate(sents, func(words [][]string) ([][]ner.Span, error) {
				tags := make([][]string, len(words))
				for i, w := range words {
					tags[i] = an.TagWords(w)
				}
				return rec.RecognizeDoc(lex, words, tags), nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s, prose's tags: %v", fl.name, ms)
			if _, _, f := ms.PRF(""); f < fl.nerProse {
				t.Errorf("%s, prose's tags: %v, below the floor F1 %.3f", fl.name, ms, fl.nerProse)
			}
		})
	}
}

// carbSentences returns CaRB's dev sentences as words, with the models
// loaded.
func carbSentences(b *testing.B) [][]string {
	path := sharedtest.Path(b, "carb/dev/sentences.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	for _, l := range strings.Split(string(data), "\n") {
		if w := strings.Fields(l); len(w) > 0 {
			sents = append(sents, w)
		}
	}
	if _, err := model.Analyze(sents[0]); err != nil {
		b.Fatal(err)
	}
	return sents
}

// BenchmarkAnalyze tags and parses CaRB's dev sentences on one core. On
// a machine that other work loads, sentences/cpu-s (sentences per second
// of processor time the process got) shows the speed on a core of its
// own better than sentences/s does.
func BenchmarkAnalyze(b *testing.B) {
	sents := carbSentences(b)
	b.ReportAllocs()
	b.ResetTimer()
	c0, ok := cpuSeconds()
	for i := 0; i < b.N; i++ {
		if _, err := model.Analyze(sents[i%len(sents)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if c1, _ := cpuSeconds(); ok && c1 > c0 {
		b.ReportMetric(float64(b.N)/(c1-c0), "sentences/cpu-s")
	}
}

// BenchmarkAnalyzeParallel tags and parses on every core given by -cpu.
func BenchmarkAnalyzeParallel(b *testing.B) {
	sents := carbSentences(b)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			model.Analyze(sents[i%len(sents)])
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkParseBeam parses CaRB's dev sentences, tagged beforehand, with
// the shipped parser at several beam widths on one core (the parse alone:
// BenchmarkAnalyze adds the tagger); width 1 is the greedy parser
// (model.Parser), the others use the beam's classifier.
func BenchmarkParseBeam(b *testing.B) {
	sents := carbSentences(b)
	tg, err := model.Tagger()
	if err != nil {
		b.Fatal(err)
	}
	ps, err := model.BeamParser()
	if err != nil {
		b.Fatal(err)
	}
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i], _ = tg.Tag(s)
	}
	for _, k := range []int{1, 2, 4, 8} {
		p := ps.WithBeam(k)
		b.Run(fmt.Sprintf("width=%d", k), func(b *testing.B) {
			b.ReportAllocs()
			c0, ok := cpuSeconds()
			for i := 0; i < b.N; i++ {
				p.Parse(sents[i%len(sents)], tags[i%len(sents)])
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
			if c1, _ := cpuSeconds(); ok && c1 > c0 {
				b.ReportMetric(float64(b.N)/(c1-c0), "sentences/cpu-s")
			}
		})
	}
}

// The embedded clusters load and group words as the vectors they were made
// from do (a check that the file is the clusters, not that k-means works:
// package cluster tests that).
func TestClusters(t *testing.T) {
	tab, err := model.Clusters()
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() < 50000 || tab.Sizes() != [3]int{64, 256, 1024} {
		t.Fatalf("%d words in classes %v, want 100,000 in 64, 256 and 1,024", tab.Len(), tab.Sizes())
	}
	same := func(a, b string) bool {
		ca, oka := tab.Of(a)
		cb, okb := tab.Of(b)
		return oka && okb && ca[2] == cb[2]
	}
	for _, p := range [][2]string{{"tuesday", "wednesday"}, {"poland", "hungary"}, {"smith", "jones"}, {"airline", "airways"}} {
		if !same(p[0], p[1]) {
			t.Errorf("%q and %q are in different fine classes", p[0], p[1])
		}
	}
	if same("tuesday", "poland") {
		t.Error("tuesday and poland share a fine class")
	}
}

// Analyze gives the same tags and trees when goroutines share the
// models' caches of word types (tagger lexicon, parser role lexicon,
// labeller rows) as alone, for words none of them has met before.
func TestAnalyzeConcurrent(t *testing.T) {
	var sents [][]string
	for i := range 40 {
		sents = append(sents, strings.Fields(fmt.Sprintf(
			"The Qarvex%d committee told Blorn%d it would zibble %d crates before the vote on Friday .", i, i%7, i)))
	}
	got := make([][]model.Sentence, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range sents {
				s, err := model.Analyze(sents[(j+g*10)%len(sents)])
				if err != nil {
					t.Error(err)
					return
				}
				got[g] = append(got[g], s)
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for j, s := range got[g] {
			want, _ := model.Analyze(sents[(j+g*10)%len(sents)])
			if !reflect.DeepEqual(s, want) {
				t.Fatalf("goroutine %d, sentence %d: %+v, alone %+v", g, j, s, want)
			}
		}
	}
}
