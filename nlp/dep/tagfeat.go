package dep

import (
	"math/bits"
	"sync/atomic"

	"github.com/kg-project/kg/nlp/perceptron"
)

// Of the 27 features of [pairFeatures], 21 read only tags and small
// numbers (distances, valencies, whether S0 has a head): few values, a
// few thousand combinations with weights in all. A tagTables holds their
// weights in arrays indexed by small tag numbers, copied from the move
// classifier (those of three values when first needed): scoring a state
// then adds them without hashing them and without looking them up in the
// classifier's table of 356,000 features (6 MB, most of whose look-ups
// miss the processor's caches), from arrays of under 1 MB. The weights
// are those the classifier's table gives for the same hashed features, so
// the sums, and the parses, are the same. A tagTables is safe for
// concurrent use.
type tagTables struct {
	// ids numbers the tags the classifier knows, by hash: 0 for a
	// missing word (hNoneWord), 1 for the root, then tags. A sentence
	// with another tag is scored through the classifier alone.
	ids  map[uint64]uint8
	n    int // tags numbered
	pair [numPairTemplates]pairTable
	tri  [numTriTemplates]triTable
}

// maxTags is the most tags numbered: a triTable keeps a third value's
// weights in the bits of a uint64.
const maxTags = 64

// A row is the weights of one feature for the four moves, in steps of
// the classifier's weights.
type row [numMoves]int16

// A pairTable holds the weights of a template of two values a (a tag, or
// whether S0 has a head) and b (a tag, or a number below stride): those
// of feature Hash(Hash(template, a), b) at rows[a*stride+b].
type pairTable struct {
	t      uint64 // the template
	stride int
	rows   []row
}

// A triTable holds the weights of a template of tags a and b and a third
// value c below 64 (a tag or a distance), in a cell per pair of tags (a,
// b), read from the classifier when first needed: a parser that parses
// little reads few of them (all would take 1.5 million look-ups).
type triTable struct {
	m      *perceptron.Model
	t      uint64
	vals   []uint64 // the numbered tags' hashes
	thirds []uint64 // the values of c
	cells  []atomic.Pointer[triCell]
}

// A triCell holds the weights of a triTable for tags a and b: bit c of
// mask is set if feature Hash(Hash(Hash(template, a), b), c) has weights,
// which are then rows[the number of lower bits set].
type triCell struct {
	mask uint64
	rows []row
}

// The templates of pairTable and triTable, in the order of their entries.
const (
	pS0pN0p = iota
	pN0pN1p
	pS0pd
	pN0pd
	pS0pvr
	pS0pvl
	pN0pvl
	pS0hasHead
	pS1pS0p
	numPairTemplates
)

const (
	qN0pN1pN2p = iota
	qS0pN0pN1p
	qS0hpS0pN0p
	qS0pS0lpN0p
	qS0pS0rpN0p
	qS0pN0pN0lp
	qS0pN0pd
	qS0pS0lpS0l2p
	qS0pS0rpS0r2p
	qS0pS0hpS0h2p
	qN0pN0lpN0l2p
	qS1pS0pN0p
	numTriTemplates
)

// pairTemplates are the feature templates of the pairTables, and whether
// their first value is a flag (S0 has a head) and their second a number
// (up to 63) rather than a tag.
var pairTemplates = [numPairTemplates]struct {
	t          uint64
	flag, nums bool
}{
	pS0pN0p:    {t: tS0pN0p},
	pN0pN1p:    {t: tN0pN1p},
	pS0pd:      {t: tS0pd, nums: true},
	pN0pd:      {t: tN0pd, nums: true},
	pS0pvr:     {t: tS0pvr, nums: true},
	pS0pvl:     {t: tS0pvl, nums: true},
	pN0pvl:     {t: tN0pvl, nums: true},
	pS0hasHead: {t: tS0hasHead, flag: true},
	pS1pS0p:    {t: tS1pS0p},
}

// triTemplates are the feature templates of the triTables, and whether
// their third value is a distance rather than a tag.
var triTemplates = [numTriTemplates]struct {
	t    uint64
	dist bool
}{
	qN0pN1pN2p:    {t: tN0pN1pN2p},
	qS0pN0pN1p:    {t: tS0pN0pN1p},
	qS0hpS0pN0p:   {t: tS0hpS0pN0p},
	qS0pS0lpN0p:   {t: tS0pS0lpN0p},
	qS0pS0rpN0p:   {t: tS0pS0rpN0p},
	qS0pN0pN0lp:   {t: tS0pN0pN0lp},
	qS0pN0pd:      {t: tS0pN0pd, dist: true},
	qS0pS0lpS0l2p: {t: tS0pS0lpS0l2p},
	qS0pS0rpS0r2p: {t: tS0pS0rpS0r2p},
	qS0pS0hpS0h2p: {t: tS0pS0hpS0h2p},
	qN0pN0lpN0l2p: {t: tN0pN0lpN0l2p},
	qS1pS0pN0p:    {t: tS1pS0pN0p},
}

// pennTags are the tags that may be numbered: Penn Treebank's, GUM's
// additions, and prose's brackets. Only those the classifier has weights
// for as the tag of a word in some role are.
var pennTags = []string{
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
	"PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
	"VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "``", "''", ",", ".", ":", "$", "#", "-LRB-",
	"-RRB-", "(", ")", "HYPH", "NFP", "ADD", "AFX", "GW", "XX",
}

// newTagTables reads the weights of the tag templates from m, a move
// classifier.
func newTagTables(m *perceptron.Model) *tagTables {
	tt := &tagTables{ids: map[uint64]uint8{hNoneWord: 0, hRootWord: 1}}
	vals := []uint64{hNoneWord, hRootWord}
	var one [numMoves]float32
	for _, tag := range pennTags {
		v := perceptron.String(tag)
		if _, ok := tt.ids[v]; ok || len(vals) == maxTags {
			continue
		}
		known := false
		for _, rt := range roleTemplates {
			m.Score([]uint64{perceptron.Hash(rt[2], v)}, one[:])
			known = known || one != [numMoves]float32{}
		}
		if !known {
			continue
		}
		tt.ids[v] = uint8(len(vals))
		vals = append(vals, v)
	}
	tt.n = len(vals)
	nums := make([]uint64, maxTags)
	for i := range nums {
		nums[i] = uint64(i)
	}
	h := perceptron.Hash
	var keys []uint64
	for k, pt := range pairTemplates {
		firsts, seconds := vals, vals
		if pt.flag {
			firsts = nums[:2]
		}
		if pt.nums {
			seconds = nums
		}
		p := &tt.pair[k]
		p.t, p.stride = pt.t, len(seconds)
		p.rows = make([]row, tt.n*p.stride)
		keys = keys[:0]
		for _, av := range firsts {
			pre := h(pt.t, av)
			for _, bv := range seconds {
				keys = append(keys, h(pre, bv))
			}
		}
		rowsOf(m, keys, p.rows)
	}
	for k, qt := range triTemplates {
		q := &tt.tri[k]
		q.m, q.t, q.vals, q.thirds = m, qt.t, vals, vals
		if qt.dist {
			q.thirds = nums[:12]
		}
		q.cells = make([]atomic.Pointer[triCell], tt.n*tt.n)
	}
	return tt
}

// rowsOf sets dst[j] to the row of keys[j] in m.
func rowsOf(m *perceptron.Model, keys []uint64, dst []row) {
	sums := make([]int32, len(keys)*numMoves)
	m.SumEach(keys, sums)
	for j := range keys {
		for c := range numMoves {
			dst[j][c] = int16(sums[j*numMoves+c])
		}
	}
}

// cell returns the cell of tags a and b, reading it from the classifier
// if no call has yet. Calls may run concurrently.
func (q *triTable) cell(a, b int) *triCell {
	k := a*len(q.vals) + b
	if x := q.cells[k].Load(); x != nil {
		return x
	}
	var keys [maxTags]uint64
	var sums [maxTags * numMoves]int32
	nc := len(q.thirds)
	pre := perceptron.Hash(perceptron.Hash(q.t, q.vals[a]), q.vals[b])
	for c, cv := range q.thirds {
		keys[c] = perceptron.Hash(pre, cv)
	}
	q.m.SumEach(keys[:nc], sums[:nc*numMoves])
	x := new(triCell)
	for c := range nc {
		s := sums[c*numMoves : (c+1)*numMoves]
		if r := (row{int16(s[0]), int16(s[1]), int16(s[2]), int16(s[3])}); r != (row{}) {
			x.mask |= 1 << c
			x.rows = append(x.rows, r)
		}
	}
	if !q.cells[k].CompareAndSwap(nil, x) {
		return q.cells[k].Load() // another call's, the same
	}
	return x
}

// sentenceIDs sets ids[i+1] to the number of the tag of word i of s (none
// included) and reports whether every tag has one.
func (tt *tagTables) sentenceIDs(ids []uint8, s *sentence) bool {
	ids[0] = 0
	for i, p := range s.p {
		id, ok := tt.ids[p]
		if !ok {
			return false
		}
		ids[i+1] = id
	}
	return true
}

// pairFeatures is [pairFeatures] for a sentence whose tags are numbered
// in ids (as sentenceIDs numbers them): it appends to dst only the
// features that read words, and returns with them the sums of the weights
// of the others, which it reads from tt. Together they have the weights
// of pairFeatures' features. pre are S0's prefixes.
func (tt *tagTables) pairFeatures(dst []uint64, st *state, s *sentence, ids []uint8, rs *[numRoles]int, pre *s0Prefixes) ([]uint64, [numMoves]int32) {
	id := func(r int) int { return int(ids[rs[r]+1]) }
	s0, n0 := rs[rS0], rs[rN0]
	S0p, N0p := s.tagOf(s0), s.tagOf(n0)
	dst = wordPairFeatures(dst, pre, s.word(n0), N0p)
	S0, N0, N1, N2 := id(rS0), id(rN0), id(rN1), id(rN2)
	S0h, S0h2 := id(rS0h), id(rS0h2)
	S0l, S0l2 := id(rS0l), id(rS0l2)
	S0r, S0r2 := id(rS0r), id(rS0r2)
	N0l, N0l2 := id(rN0l), id(rN0l2)
	S1 := id(rS1)
	d := 0
	if n0 != none {
		d = int(dist(s0, n0))
	}
	vr, vl := st.nr[s0], st.nl[s0]
	n0vl := 0
	if n0 != none {
		n0vl = st.nl[n0]
	}
	hasHead := 0
	if st.head[s0] != none {
		hasHead = 1
	}
	var a [numMoves]int32
	p := &tt.pair
	p[pS0pN0p].add(&a, S0, N0)
	p[pN0pN1p].add(&a, N0, N1)
	p[pS0pd].add(&a, S0, d)
	p[pN0pd].add(&a, N0, d)
	p[pS0hasHead].add(&a, hasHead, S0)
	p[pS1pS0p].add(&a, S1, S0)
	// Valencies can exceed the tables' numbers.
	dst = p[pS0pvr].addNum(&a, dst, S0, vr, S0p)
	dst = p[pS0pvl].addNum(&a, dst, S0, vl, S0p)
	dst = p[pN0pvl].addNum(&a, dst, N0, n0vl, N0p)
	q := &tt.tri
	addRow(&a, q[qN0pN1pN2p].row(N0, N1, N2))
	addRow(&a, q[qS0pN0pN1p].row(S0, N0, N1))
	addRow(&a, q[qS0hpS0pN0p].row(S0h, S0, N0))
	addRow(&a, q[qS0pS0lpN0p].row(S0, S0l, N0))
	addRow(&a, q[qS0pS0rpN0p].row(S0, S0r, N0))
	addRow(&a, q[qS0pN0pN0lp].row(S0, N0, N0l))
	addRow(&a, q[qS0pN0pd].row(S0, N0, d))
	addRow(&a, q[qS0pS0lpS0l2p].row(S0, S0l, S0l2))
	addRow(&a, q[qS0pS0rpS0r2p].row(S0, S0r, S0r2))
	addRow(&a, q[qS0pS0hpS0h2p].row(S0, S0h, S0h2))
	addRow(&a, q[qN0pN0lpN0l2p].row(N0, N0l, N0l2))
	addRow(&a, q[qS1pS0pN0p].row(S1, S0, N0))
	return dst, a
}

// add adds to sums the weights of the feature of values a and b.
func (p *pairTable) add(sums *[numMoves]int32, a, b int) {
	addRow(sums, &p.rows[a*p.stride+b])
}

// addNum is add for a template of a tag and a number: for a number b
// beyond the table's, it appends the feature instead, the template's
// with tag hash ap and b, to dst, and returns dst.
func (p *pairTable) addNum(sums *[numMoves]int32, dst []uint64, a, b int, ap uint64) []uint64 {
	if b < p.stride {
		p.add(sums, a, b)
		return dst
	}
	return append(dst, perceptron.Hash(perceptron.Hash(p.t, ap), uint64(b)))
}

// row returns the weights of the feature of values a, b and c (zero
// weights if it has none).
func (q *triTable) row(a, b, c int) *row {
	x := q.cells[a*len(q.vals)+b].Load()
	if x == nil {
		x = q.cell(a, b)
	}
	bit := uint64(1) << (c & 63)
	if x.mask&bit == 0 {
		return &zeroRow
	}
	return &x.rows[bits.OnesCount64(x.mask&(bit-1))]
}

// zeroRow is the row of a feature without weights.
var zeroRow row

// addRow adds r to sums.
func addRow(sums *[numMoves]int32, r *row) {
	sums[0] += int32(r[0])
	sums[1] += int32(r[1])
	sums[2] += int32(r[2])
	sums[3] += int32(r[3])
}
