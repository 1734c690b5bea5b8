package extract_test

import (
	"testing"

	"github.com/kg-project/kg/nlp"
)

// BenchmarkExtract tags and extracts CaRB's dev sentences (skipped when the
// shared folder is absent). The sentences/s metric counts tagging too. Run
// it on one core:
//
//	go test ./extract -run '^$' -bench Extract -cpu 1
func BenchmarkExtract(b *testing.B) {
	sentences := readDevSentences(b)
	a, x := setup(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range sentences {
			x.Sentence(a.Tag(s))
		}
		n += len(sentences)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSentence measures extraction alone on pre-tagged dev sentences.
func BenchmarkSentence(b *testing.B) {
	lines := readDevSentences(b)
	a, x := setup(b)
	sentences := make([]nlp.Sentence, len(lines))
	for i, l := range lines {
		sentences[i] = a.Tag(l)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range sentences {
			x.Sentence(s)
		}
		n += len(sentences)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkExtractParallel tags and extracts the dev sentences from as
// many goroutines as -cpu allows, sharing one Analyzer and Extractor:
//
//	go test ./extract -run '^$' -bench ExtractParallel -cpu 1,2
func BenchmarkExtractParallel(b *testing.B) {
	sentences := readDevSentences(b)
	a, x := setup(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			x.Sentence(a.Tag(sentences[i%len(sentences)]))
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
