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
	// dslots replaces slots in a dense table: the same slots without
	// cls, 12 bytes instead of 16, so that more of the table stays in
	// the processor's caches.
	dslots []dslot
	mask   uint64
	long   []entry
	// pairs holds the rows of the features with weights for at least a
	// quarter of the classes (the frequent ones: bias, affixes, previous
	// tags), as [pack] words, classes 3i, 3i+1 and 3i+2 in word i: adding
	// a row costs an integer add per three classes instead of a float add
	// per weight.
	pairs []uint64
	words int     // words in a row of pairs: classes/3 rounded up
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
	// of length uint16(w[0]), and pairRow for a row held in pairs from
	// offset cls.
	tag uint32
	cls [inline]uint8
	w   [inline]int16
}

const (
	longRow = 0xff
	pairRow = 0xfe
)

// off returns the offset of a slot's row in pairs or long.
func (s *slot) off() uint32 {
	return uint32(s.cls[0]) | uint32(s.cls[1])<<8 | uint32(s.cls[2])<<16 | uint32(s.cls[3])<<24
}

// pairsOf returns the row of a slot of length pairRow.
func (t *table) pairsOf(s *slot) []uint64 {
	off := s.off()
	return t.pairs[off : off+uint32(t.words)]
}

// longRow returns the row of a slot of length longRow.
func (t *table) longRow(s *slot) []entry {
	off := s.off()
	return t.long[off : off+uint32(uint16(s.w[0]))]
}

// A dslot is a slot of a dense table: w[c] is the weight of class c.
type dslot struct {
	tag uint32
	w   [inline]int16
}

// pack returns the word of pairs that holds weights a, b and c in lanes
// of 21 bits: a + b*2^21 + c*2^42, modulo 2^64. A sum of at most maxLane
// such words holds the sums of the a's, of the b's and of the c's, which
// [unpack] takes apart exactly: each sum of maxLane int16 weights stays
// within [-2^20, 2^20), a signed 21-bit lane.
func pack(a, b, c int16) uint64 {
	return uint64(int64(a)) + uint64(int64(b))<<21 + uint64(int64(c))<<42
}

// maxLane is the most [pack] words whose sum [unpack] takes apart.
const maxLane = 32

// unpack returns the three sums that a sum of at most maxLane [pack]
// words holds.
func unpack(x uint64) (a, b, c int32) {
	a = int32(int64(x<<43) >> 43)
	y := int64(x-uint64(int64(a))) >> 21 // b + c*2^21, exactly
	b = int32(y << 43 >> 43)
	return a, b, int32((y - int64(b)) >> 21)
}

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
	t := table{mask: size - 1, inv: float32(q), dense: m.classes <= inline, words: (m.classes + 2) / 3}
	if t.dense {
		t.dslots = make([]dslot, size)
	} else {
		t.slots = make([]slot, size)
	}
	var cls []uint8
	var ws, row []int16
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
		if t.dense {
			s := dslot{tag: uint32(k>>32)&^0xff | uint32(len(ws))}
			for i, c := range cls {
				s.w[c] = ws[i]
			}
			i := k & t.mask
			for t.dslots[i].tag != 0 {
				i = (i + 1) & t.mask
			}
			t.dslots[i] = s
			continue
		}
		s := slot{tag: uint32(k>>32) &^ 0xff}
		if len(ws) <= inline {
			s.tag |= uint32(len(ws))
			copy(s.cls[:], cls)
			copy(s.w[:], ws)
		} else if 4*len(ws) >= m.classes {
			off := uint32(len(t.pairs))
			s.tag |= pairRow
			s.cls = [inline]uint8{uint8(off), uint8(off >> 8), uint8(off >> 16), uint8(off >> 24)}
			row = append(row[:0], make([]int16, 3*t.words)...)
			for i, c := range cls {
				row[c] = ws[i]
			}
			for i := 0; i < len(row); i += 3 {
				t.pairs = append(t.pairs, pack(row[i], row[i+1], row[i+2]))
			}
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

// findDense is find for a dense table.
func (t *table) findDense(k uint64) *dslot {
	check := uint32(k>>32) &^ 0xff
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.dslots[i]
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
	if t.dense {
		for _, f := range feats {
			or |= t.dslots[f&t.mask].tag
		}
		return or != 0
	}
	for _, f := range feats {
		or |= t.slots[f&t.mask].tag
	}
	return or != 0
}

// add adds the weights of feats to scores: their sums in steps of inv
// ([table.sum]), which are exact, so adding them to scores gives the
// floats that adding each weight in turn gives, as every partial sum is
// exact.
func (t *table) add(feats []uint64, scores []float32) {
	if t.dense {
		t.addDense(feats, scores)
		return
	}
	if len(feats) > maxPairs {
		t.addSlow(feats, scores)
		return
	}
	var sums [MaxClasses]int32
	t.sum(feats, sums[:len(scores)], new(scratch))
	for c, x := range sums[:len(scores)] {
		scores[c] += float32(x) * t.inv
	}
}

// sum adds the weights of feats to sums, in steps of inv. acc is scratch
// space of any content.
func (t *table) sum(feats []uint64, sums []int32, acc *scratch) {
	if t.dense {
		a := t.denseRows(feats)
		for c := range sums {
			sums[c] += a[c]
		}
		return
	}
	rows := 0 // pair rows summed in acc
	for _, f := range feats {
		s := t.find(f)
		if s == nil {
			continue
		}
		n := s.tag & 0xff
		if n <= inline {
			// Unused entries weigh 0 (class 0).
			sums[s.cls[0]] += int32(s.w[0])
			sums[s.cls[1]] += int32(s.w[1])
			sums[s.cls[2]] += int32(s.w[2])
			sums[s.cls[3]] += int32(s.w[3])
			continue
		}
		if n == pairRow {
			row := t.pairsOf(s)
			a := acc[:len(row)]
			if rows == maxLane {
				t.unpack(acc[:], sums)
				rows = 0
			}
			if rows++; rows == 1 {
				copy(a, row)
				continue
			}
			addWords(a, row)
			continue
		}
		for _, e := range t.longRow(s) {
			sums[e.class] += int32(e.w)
		}
	}
	if rows > 0 {
		t.unpack(acc[:], sums)
	}
}

// unpack adds to sums the sums of weights that acc holds, as [pack] words.
func (t *table) unpack(acc []uint64, sums []int32) {
	full := len(sums) / 3
	s := sums[:3*full]
	for i, x := range acc[:full] {
		a, b, c := unpack(x)
		s := s[3*i : 3*i+3 : 3*i+3]
		s[0] += a
		s[1] += b
		s[2] += c
	}
	if len(sums) > len(s) {
		a, b, _ := unpack(acc[full])
		sums[len(s)] += a
		if len(sums) > len(s)+1 {
			sums[len(s)+1] += b
		}
	}
}

// A scratch holds the sums of a list's pair rows while [table.sum] adds
// them.
type scratch [(MaxClasses + 2) / 3]uint64

// scratch returns space for sum's pair words, nil for a dense table, which
// needs none: its callers then do not clear 700 bytes.
func (t *table) scratch() *scratch {
	if t.dense {
		return nil
	}
	return new(scratch)
}

// maxPairs is the most features whose weights [table.add] sums in pair
// words: with more, a sum might leave the range where float32 sums are
// exact (2^24 multiples of inv; weights are int16), and the order of the
// additions would matter, so addSlow adds them in turn.
const maxPairs = 1 << 24 / (1 << 15)

// addSlow is add for more than maxPairs features.
func (t *table) addSlow(feats []uint64, scores []float32) {
	inv := t.inv
	for _, f := range feats {
		s := t.find(f)
		if s == nil {
			continue
		}
		n := s.tag & 0xff
		if n <= inline {
			scores[s.cls[0]] += float32(s.w[0]) * inv
			scores[s.cls[1]] += float32(s.w[1]) * inv
			scores[s.cls[2]] += float32(s.w[2]) * inv
			scores[s.cls[3]] += float32(s.w[3]) * inv
			continue
		}
		if n == pairRow {
			for i, x := range t.pairsOf(s) {
				a, b, c := unpack(x)
				for j, w := range [3]int32{a, b, c} {
					if 3*i+j < len(scores) {
						scores[3*i+j] += float32(w) * inv
					}
				}
			}
			continue
		}
		for _, e := range t.longRow(s) {
			scores[e.class] += float32(e.w) * inv
		}
	}
}

// denseRows sums a dense table's rows of feats, each class's weights as
// integers in a register (unused classes weigh 0), for sum and addDense.
func (t *table) denseRows(feats []uint64) [inline]int32 {
	var a [inline]int32
	for _, f := range feats {
		if s := t.findDense(f); s != nil {
			a[0] += int32(s.w[0])
			a[1] += int32(s.w[1])
			a[2] += int32(s.w[2])
			a[3] += int32(s.w[3])
		}
	}
	return a
}

// addDense is add for a dense table: it sums each class's weights as
// integers in a register, exactly, and adds the sums to scores.
func (t *table) addDense(feats []uint64, scores []float32) {
	a := t.denseRows(feats)
	for c := range scores {
		scores[c] += float32(a[c]) * t.inv
	}
}

// addPacked adds the weights of feats to acc, a row of [pack] words.
func (t *table) addPacked(feats []uint64, acc []uint64) {
	acc = acc[:t.words]
	for _, f := range feats {
		s := t.find(f)
		if s == nil {
			continue
		}
		n := s.tag & 0xff
		if n <= inline {
			// Unused entries weigh 0 (class 0).
			for k, c := range s.cls {
				acc[c/3] += lane(s.w[k], c)
			}
			continue
		}
		if n == pairRow {
			addWords(acc, t.pairsOf(s))
			continue
		}
		for _, e := range t.longRow(s) {
			acc[e.class/3] += lane(e.w, uint8(e.class))
		}
	}
}

// lane returns the [pack] word that holds weight w for class c alone.
func lane(w int16, c uint8) uint64 {
	return uint64(int64(w)) << (21 * (c % 3))
}

// addWords adds row to acc, word by word; row is as long as acc.
func addWords(acc, row []uint64) {
	row = row[:len(acc)]
	for i := range acc {
		acc[i] += row[i]
	}
}

// bestUnpacked returns the class c with the highest base[c] plus the sum
// for c that acc holds, as [pack] words (the lowest such class on a tie).
func (t *table) bestUnpacked(acc []uint64, base []int32) int {
	full := len(base) / 3
	b := base[:3*full]
	best, top := 0, int32(math.MinInt32)
	for i, x := range acc[:full] {
		s0, s1, s2 := unpack(x)
		s := b[3*i : 3*i+3 : 3*i+3]
		if s0 += s[0]; s0 > top {
			best, top = 3*i, s0
		}
		if s1 += s[1]; s1 > top {
			best, top = 3*i+1, s1
		}
		if s2 += s[2]; s2 > top {
			best, top = 3*i+2, s2
		}
	}
	if len(base) > len(b) {
		s0, s1, _ := unpack(acc[full])
		if s0 += base[len(b)]; s0 > top {
			best, top = len(b), s0
		}
		if len(base) > len(b)+1 {
			if s1 += base[len(b)+1]; s1 > top {
				best = len(b) + 1
			}
		}
	}
	return best
}

// bestPacked returns the class c below n with the highest sum that acc
// holds, as [pack] words (the lowest such class on a tie). It compares
// the sums plus 2^20: with laneBias added, a word's three lanes hold
// those, in [0, 2^21), without borrows between them.
func bestPacked(acc []uint64, n int) int {
	full := n / 3
	best, top := 0, uint64(0) // class 0 at its lowest
	c := 0
	for _, x := range acc[:full] {
		x += laneBias
		if s := x & laneMask; s > top {
			best, top = c, s
		}
		if s := x >> 21 & laneMask; s > top {
			best, top = c+1, s
		}
		if s := x >> 42; s > top {
			best, top = c+2, s
		}
		c += 3
	}
	if n > c {
		x := acc[full] + laneBias
		if s := x & laneMask; s > top {
			best, top = c, s
		}
		if s := x >> 21 & laneMask; n > c+1 && s > top {
			best = c + 1
		}
	}
	return best
}

// laneBias is pack(2^20, 2^20, 2^20); laneMask keeps a lane.
const (
	laneBias = 1<<20 | 1<<41 | 1<<62
	laneMask = 1<<21 - 1
)
