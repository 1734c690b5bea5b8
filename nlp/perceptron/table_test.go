package perceptron

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTableExact checks that scoring through the look-up table, whatever
// form a feature's row takes there (four weights in the slot, a list of
// (class, weight) pairs, a row of pair words, or a four-class model
// summed in registers), gives the exact sum of the quantised weights,
// for lists of features known and unknown, short and longer than
// maxPairs; and that SumAll gives the same sums in steps.
func TestTableExact(t *testing.T) {
	for _, classes := range []int{2, 4, 9, 51, 98} {
		rng := rand.New(rand.NewPCG(uint64(classes), 1))
		m := &Model{classes: classes}
		keys := make([]uint64, 3000)
		for i := range keys {
			keys[i] = Hash(uint64(i), 7)
		}
		sorted := slices.Sorted(slices.Values(keys))
		cls := make([]uint8, classes)
		ws := make([]float32, classes)
		for _, k := range sorted {
			// Rows of every length, from one weight to all classes.
			nnz := 1 + rng.IntN(classes)
			perm := rng.Perm(classes)[:nnz]
			slices.Sort(perm)
			for j, c := range perm {
				cls[j], ws[j] = uint8(c), float32(rng.NormFloat64()*3)
			}
			m.add(k, cls[:nnz], ws[:nnz])
		}
		m.finish()
		forms := map[uint32]int{}
		for _, s := range m.table.slots {
			if n := s.tag & 0xff; n > inline {
				forms[n]++
			} else if n > 0 {
				forms[1]++
			}
		}
		if classes > inline && forms[1] == 0 || classes > 2*inline && forms[pairRow] == 0 || classes > 4*inline && forms[longRow] == 0 {
			t.Errorf("%d classes: rows in the slot, as pair words and as lists: %d, %d, %d; want each form", classes, forms[1], forms[pairRow], forms[longRow])
		}
		q := float64(m.table.inv)
		weight := map[uint64][]float64{}
		for j, k := range m.keys {
			row := make([]float64, classes)
			for i := m.starts[j]; i < m.starts[j+1]; i++ {
				row[m.class[i]] = math.Round(float64(m.w[i])/q) * q
			}
			weight[k] = row
		}
		scores := make([]float32, classes)
		sums := make([]int32, classes)
		for _, n := range []int{0, 1, 5, 30, MaxPacked, 300, maxPairs + 100} {
			for range 20 {
				feats := make([]uint64, n)
				for i := range feats {
					if rng.IntN(4) == 0 {
						feats[i] = Hash(uint64(i), 99) // unknown
					} else {
						feats[i] = keys[rng.IntN(len(keys))]
					}
				}
				want := make([]float64, classes)
				for _, f := range feats {
					for c, w := range weight[f] {
						want[c] += w
					}
				}
				m.Score(feats, scores)
				m.SumAll(feats, []int{len(feats)}, sums)
				for c := range classes {
					if scores[c] != float32(want[c]) {
						t.Fatalf("%d classes, %d features: class %d scores %g, want %g", classes, n, c, scores[c], want[c])
					}
					if got := float64(sums[c]) * q; got != want[c] {
						t.Fatalf("%d classes, %d features: class %d sums to %d steps of %g, want %g", classes, n, c, sums[c], q, want[c])
					}
				}
				if classes <= inline || n > MaxPacked {
					continue
				}
				// The same in a packed row, added in two parts.
				acc := make([]uint64, m.PackedLen())
				m.AddPacked(feats[:n/2], acc)
				m.AddPacked(feats[n/2:], acc)
				packed := make([]int32, classes)
				m.AddUnpacked(acc, packed)
				if !slices.Equal(packed, sums) {
					t.Fatalf("%d classes, %d features: packed sums %v, want %v", classes, n, packed, sums)
				}
				base := make([]int32, classes)
				for c := range base {
					base[c] = int32(rng.IntN(5)) - 2 // ties with other classes too
				}
				base[rng.IntN(classes)] = math.MinInt32 / 2
				all := slices.Clone(base)
				m.AddUnpacked(acc, all)
				if got, want := m.BestUnpacked(acc, base), Best(all, nil); got != want {
					t.Fatalf("%d classes, %d features: BestUnpacked %d, want %d", classes, n, got, want)
				}
				if got, want := m.BestPacked(acc), Best(packed, nil); got != want {
					t.Fatalf("%d classes, %d features: BestPacked %d, want %d", classes, n, got, want)
				}
			}
		}
	}
}

// TestPack checks that unpack takes apart sums of up to maxLane pack
// words exactly, at the ends of the weights' range too.
func TestPack(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	ends := []int16{math.MinInt16 + 1, -1, 0, 1, math.MaxInt16}
	for range 20000 {
		n := 1 + rng.IntN(maxLane)
		var x uint64
		var want [3]int32
		w := ends[rng.IntN(len(ends))] // all rows at one end, or random
		for range n {
			var v [3]int16
			for j := range v {
				if v[j] = w; rng.IntN(2) == 0 {
					v[j] = int16(rng.IntN(1<<16-1) - (1<<15 - 1)) // weights are within ±MaxInt16
				}
				want[j] += int32(v[j])
			}
			x += pack(v[0], v[1], v[2])
		}
		if a, b, c := unpack(x); [3]int32{a, b, c} != want {
			t.Fatalf("unpack of %d words = %d %d %d, want %v", n, a, b, c, want)
		}
		for k := 1; k <= 3; k++ {
			if got, want := bestPacked([]uint64{x}, k), Best(want[:k], nil); got != want {
				t.Fatalf("bestPacked of %d words over %d classes = %d, want %d", n, k, got, want)
			}
		}
	}
}
