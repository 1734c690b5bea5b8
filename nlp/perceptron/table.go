package perceptron

import "math"

// A table is the form of a [Model] that scoring reads: an open-addressing
// hash table from feature to its row of (class, weight) pairs, at most
// two-thirds full. A slot holds a row of up to four weights itself, so
// that looking a feature up touches one cache line, not one for the table
// and others for the row; longer rows are kept in long. Weights are
// quantised to int16 multiples of inv, a power of two: the sum of a few
// hundred of them is exact in float32, so scores do not depend on the
// order in which features are added.
type table struct {
	slots []slot
	mask  uint64
	long  []entry
	inv   float32 // the weight of one quantisation step
	// dense is set for a model of at most inline classes: a slot's w[c]
	// is then the weight of class c, and add sums them in registers
	// instead of through scores in memory.
	dense bool
}

// inline is the longest row a slot holds itself.
const inline = 4

// A slot is 16 bytes, four to a cache line.
type slot struct {
	// tag holds in its high 24 bits bits 40-63 of the feature's hash (its
	// low bits chose the slot) and in its low 8 bits the row's length:
	// 0 for an empty slot, 1 to inline for a row held in cls and w, and
	// longRow for a row held in long from offset cls (little-endian),
	// of length uint16(w[0]).
	tag uint32
	cls [inline]uint8
	w   [inline]int16
}

const longRow = 0xff

// An entry is a (class, weight) pair of a long row.
type entry struct {
	class uint16
	w     int16
}

// quantum returns the quantisation step for weights of magnitude at most
// maxAbs: the smallest power of two that keeps them within int16, and no
// smaller than 2^-16.
func quantum(maxAbs float64) float64 {
	q := math.Ldexp(1, -16)
	for maxAbs/q > math.MaxInt16 {
		q *= 2
	}
	return q
}

func newTable(m *Model) table {
	maxAbs := 0.0
	for _, v := range m.w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	q := quantum(maxAbs)
	size := uint64(16)
	for size*2 < 3*uint64(len(m.keys)) {
		size *= 2
	}
	t := table{slots: make([]slot, size), mask: size - 1, inv: float32(q), dense: m.classes <= inline}
	var cls []uint8
	var ws []int16
	for j, k := range m.keys {
		cls, ws = cls[:0], ws[:0]
		for i := m.starts[j]; i < m.starts[j+1]; i++ {
			if v := int16(math.Round(float64(m.w[i]) / q)); v != 0 {
				cls, ws = append(cls, m.class[i]), append(ws, v)
			}
		}
		if len(ws) == 0 {
			continue
		}
		s := slot{tag: uint32(k>>32) &^ 0xff}
		if t.dense {
			s.tag |= uint32(len(ws))
			for i, c := range cls {
				s.w[c] = ws[i]
			}
		} else if len(ws) <= inline {
			s.tag |= uint32(len(ws))
			copy(s.cls[:], cls)
			copy(s.w[:], ws)
		} else {
			off := uint32(len(t.long))
			s.tag |= longRow
			s.cls = [inline]uint8{uint8(off), uint8(off >> 8), uint8(off >> 16), uint8(off >> 24)}
			s.w[0] = int16(uint16(len(ws)))
			for i, c := range cls {
				t.long = append(t.long, entry{uint16(c), ws[i]})
			}
		}
		i := k & t.mask
		for t.slots[i].tag != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
	return t
}

// find returns the slot of feature k, nil if k has none. Features are
// hashes, so their low bits spread evenly and their high bits tell apart
// the features that share a slot's neighbourhood.
func (t *table) find(k uint64) *slot {
	check := uint32(k>>32) &^ 0xff
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return nil
		}
		if s.tag&^0xff == check {
			return s
		}
	}
}

// touch reads the first slot of each of feats, and reports whether any of
// them is not empty (if none is, no feature has weights). The loads are
// independent, so the processor fetches their cache lines at the same
// time instead of one after the other as probing would; add then finds
// them in cache.
func (t *table) touch(feats []uint64) bool {
	var or uint32
	for _, f := range feats {
		or |= t.slots[f&t.mask].tag
	}
	return or != 0
}

// add adds the weights of feats to scores.
func (t *table) add(feats []uint64, scores []float32) {
	if t.dense {
		t.addDense(feats, scores)
		return
	}
	inv := t.inv
	for _, f := range feats {
		s := t.find(f)
		if s == nil {
			continue
		}
		if s.tag&0xff <= inline {
			// All four, without a loop whose end the processor would
			// mispredict: unused entries weigh 0 (class 0).
			scores[s.cls[0]] += float32(s.w[0]) * inv
			scores[s.cls[1]] += float32(s.w[1]) * inv
			scores[s.cls[2]] += float32(s.w[2]) * inv
			scores[s.cls[3]] += float32(s.w[3]) * inv
			continue
		}
		off := uint32(s.cls[0]) | uint32(s.cls[1])<<8 | uint32(s.cls[2])<<16 | uint32(s.cls[3])<<24
		for _, e := range t.long[off : off+uint32(uint16(s.w[0]))] {
			scores[e.class] += float32(e.w) * inv
		}
	}
}

// addDense is add for a dense table: it sums each class's weights as
// integers in a register, exactly, and adds the sums to scores.
func (t *table) addDense(feats []uint64, scores []float32) {
	var a [inline]int32
	for _, f := range feats {
		if s := t.find(f); s != nil {
			a[0] += int32(s.w[0])
			a[1] += int32(s.w[1])
			a[2] += int32(s.w[2])
			a[3] += int32(s.w[3])
		}
	}
	for c := range scores {
		scores[c] += float32(a[c]) * t.inv
	}
}
