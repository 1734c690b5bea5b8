package tag

import (
	"testing"

	"github.com/kg-project/kg/nlp/treebank"
)

func BenchmarkTagProbe(b *testing.B) {
	files, _ := treebank.GUMFiles("../../../shared/treebanks", treebank.Train)
	train, _, _ := treebank.ReadFiles(files[:20])
	var sents [][]Word
	var words [][]string
	for _, s := range train {
		var ws []Word
		var w2 []string
		for _, w := range s.Words {
			ws = append(ws, Word{w.Form, w.XPOS, w.UPOS})
			w2 = append(w2, w.Form)
		}
		sents = append(sents, ws)
		words = append(words, w2)
	}
	tg := Train(sents, Options{Epochs: 3})
	b.Logf("classes %d features %d", len(tg.meta.Classes), tg.model.Features())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(words[i%len(words)])
	}
}
