package ingest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// BenchmarkDocumentNews analyses the 23 real news articles of
// ../shared/realnews as kg build does, store aside: sentence splitting,
// tagging, extraction, the dependency parse of the sentences whose actors
// the rules leave unlinked, and entity resolution with every extraction.
// Its sentences/s is the end-to-end figure, which the separate extraction
// and resolution benchmarks do not give (BenchmarkResolve resolves
// sentences without their extractions and without the parse). Run it on
// one core:
//
//	go test ./ingest -run '^$' -bench DocumentNews -cpu 1
func BenchmarkDocumentNews(b *testing.B) {
	dir := sharedtest.Path(b, "realnews/gum-news")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	if len(texts) == 0 {
		sharedtest.Missing(b, "no articles (*.txt) in %s", dir)
	}
	p := pipeline(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i, t := range texts {
			doc, err := p.Document(b.Context(), files[i], t)
			if err != nil {
				b.Fatal(err)
			}
			n += len(doc.Sentences)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
