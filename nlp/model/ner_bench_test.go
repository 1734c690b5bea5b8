package model_test

import (
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/nlp/model"
)

// BenchmarkMentions recognises the named mentions of CaRB's dev sentences,
// tagged beforehand, each as a document of its own, with kg's gazetteer as
// lexicon, on one core.
func BenchmarkMentions(b *testing.B) {
	words := carbSentences(b)
	lex, err := entity.NewLexicon()
	if err != nil {
		b.Fatal(err)
	}
	sents := make([]model.Sentence, len(words))
	for i, w := range words {
		if sents[i], err = model.Analyze(w); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := model.Mentions(lex, sents[:1]); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := model.Mentions(lex, sents[i%len(sents):i%len(sents)+1]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
