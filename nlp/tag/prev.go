package tag

import (
	"sync/atomic"

	"github.com/kg-project/kg/nlp/perceptron"
)

// Of the five features of [prevFeatures], three read only the classes
// chosen for the two words before the one tagged ([prevTagFeatures]): a
// word's score needs their three rows, from the model's table of 4 MB,
// for one of the few thousand pairs of classes that follow each other. A
// prevRows keeps their sum, as a packed row ([perceptron.Model.AddPacked]),
// for each pair met so far, in one array: a word then adds one row that
// is usually in the processor's caches instead of looking up three
// features. The sums are integers in steps of the model's weights, so the
// classes rank as before. A prevRows is safe for concurrent use.
type prevRows struct {
	m     *perceptron.Model
	words int // the model's packed row length
	n     int // classes, and none (-1): a pair's index is (p1+1)*n + p2+1
	// state[k] is cellEmpty, cellFilling or cellReady; the row of pair k
	// is rows[k*words:(k+1)*words], written once, by the call that moved
	// state[k] from cellEmpty to cellFilling, before it stores cellReady.
	state []atomic.Uint32
	rows  []uint64
}

const (
	cellEmpty = iota
	cellFilling
	cellReady
)

func newPrevRows(m *perceptron.Model) *prevRows {
	n := m.Classes() + 1
	return &prevRows{
		m:     m,
		words: m.PackedLen(),
		n:     n,
		state: make([]atomic.Uint32, n*n),
		rows:  make([]uint64, n*n*m.PackedLen()),
	}
}

// row returns the packed row of the weights of the prevTagFeatures of
// classes p1 and p2 (-1 for none) chosen for the two words before; when
// another call is filling that row, it sums them in scratch, a packed row,
// instead.
func (x *prevRows) row(p1, p2 int, scratch []uint64) []uint64 {
	k := (p1+1)*x.n + p2 + 1
	row := x.rows[k*x.words : (k+1)*x.words]
	if x.state[k].Load() == cellReady {
		return row
	}
	var buf [3]uint64
	feats := prevTagFeatures(buf[:0], p1, p2)
	if x.state[k].CompareAndSwap(cellEmpty, cellFilling) {
		x.m.AddPacked(feats, row)
		x.state[k].Store(cellReady)
		return row
	}
	clear(scratch)
	x.m.AddPacked(feats, scratch)
	return scratch
}
