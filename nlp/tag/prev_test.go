package tag

import (
	"slices"
	"sync"
	"testing"
)

// TestPrevRows checks that prevTagFeatures and prevWordFeatures split
// prevFeatures, and that a prevRows row, whether it is filled, read
// again or read by many goroutines at once, holds the weights of
// prevTagFeatures.
func TestPrevRows(t *testing.T) {
	sents := taggedSentences(
		"Kim/NNP/PROPN visited/VBD/VERB Moscow/NNP/PROPN",
		"The/DT/DET troops/NNS/NOUN were/VBD/AUX sent/VBN/VERB by/IN/ADP Russia/NNP/PROPN",
		"Troops/NNS/NOUN visit/VBP/VERB cities/NNS/NOUN",
	)
	tg := Train(sents, Options{Epochs: 5, Seed: 1})
	w := wordAttrs("troops")
	for _, p := range [][2]int{{-1, -1}, {0, -1}, {2, 1}, {1, 2}} {
		got := prevWordFeatures(prevTagFeatures(nil, p[0], p[1]), &w, p[0])
		if want := prevFeatures(nil, &w, p[0], p[1]); !slices.Equal(got, want) {
			t.Errorf("classes %v: prevTagFeatures and prevWordFeatures give %x, want prevFeatures' %x", p, got, want)
		}
	}
	n := tg.model.PackedLen()
	x := newPrevRows(tg.model)
	for p1 := -1; p1 < tg.model.Classes(); p1++ {
		for p2 := -1; p2 < tg.model.Classes(); p2++ {
			want := make([]uint64, n)
			tg.model.AddPacked(prevTagFeatures(nil, p1, p2), want)
			rows := make([][]uint64, 8)
			var wg sync.WaitGroup
			for g := range rows {
				wg.Go(func() { rows[g] = slices.Clone(x.row(p1, p2, make([]uint64, n))) })
			}
			wg.Wait()
			rows = append(rows, x.row(p1, p2, make([]uint64, n)))
			for _, got := range rows {
				if !slices.Equal(got, want) {
					t.Fatalf("classes %d, %d: row %x, want %x", p1, p2, got, want)
				}
			}
		}
	}
}
