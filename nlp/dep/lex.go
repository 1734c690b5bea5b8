package dep

import (
	"sync/atomic"

	"github.com/kg-project/kg/nlp/perceptron"
)

// The features of a word in a role ([roleFeatures]) read only the word's
// form and tag, so their weights are the same in every sentence. A
// roleLexicon keeps them summed, for each role, for the (form, tag) pairs
// met so far: a sentence's words then cost a look-up each instead of up
// to 33 look-ups in the move classifier's table. The sums are integers
// in steps of the classifier's weights, as [perceptron.Model.SumAll] gives
// them, so the moves score exactly as by the features one by one.
//
// A roleLexicon is safe for concurrent use: an entry is made once,
// published with a compare-and-swap, and never changed; a pair whose
// slots are all taken by other pairs gets an entry for the sentence
// alone. A nil roleLexicon keeps nothing.
type roleLexicon struct {
	slots []atomic.Pointer[roleEntry]
}

// roleSlots is the number of (form, tag) pairs a roleLexicon can hold (a
// power of two); roleProbes is the number of slots a pair may take.
const (
	roleSlots  = 1 << 14
	roleProbes = 8
)

// A roleEntry holds the sums of the weights of the role features of a
// word of form and tag hashes w and p: sums[r] for role r.
type roleEntry struct {
	w, p uint64
	sums [numRoles][numMoves]int32
}

func newRoleLexicon() *roleLexicon {
	return &roleLexicon{slots: make([]atomic.Pointer[roleEntry], roleSlots)}
}

// find returns the entry of form and tag hashes w and p, nil if x has
// none.
func (x *roleLexicon) find(w, p uint64) *roleEntry {
	if x == nil {
		return nil
	}
	h := perceptron.Hash(w, p)
	mask := uint64(len(x.slots) - 1)
	for k := uint64(0); k < roleProbes; k++ {
		e := x.slots[(h+k)&mask].Load()
		if e == nil {
			return nil
		}
		if e.w == w && e.p == p {
			return e
		}
	}
	return nil
}

// put keeps e, if it has room, and returns the entry kept for e's form
// and tag: e, or an equal one that another call put first.
func (x *roleLexicon) put(e *roleEntry) *roleEntry {
	if x == nil {
		return e
	}
	h := perceptron.Hash(e.w, e.p)
	mask := uint64(len(x.slots) - 1)
	for k := uint64(0); k < roleProbes; k++ {
		s := &x.slots[(h+k)&mask]
		o := s.Load()
		if o == nil {
			if s.CompareAndSwap(nil, e) {
				return e
			}
			o = s.Load()
		}
		if o.w == e.w && o.p == e.p {
			return o
		}
	}
	return e
}
