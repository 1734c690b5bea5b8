// Package perceptron implements an averaged multiclass perceptron over
// hashed sparse features, the classifier behind kg's tagger and parser.
//
// A feature is a uint64 (a hash of a template and its values, see [Hash]);
// a class is an integer in [0, classes). A [Trainer] learns weights with
// averaging (Collins 2002; Daumé's lazy averaging) and returns a [Model],
// the compact read-only form that scores at run time and is written to and
// read from a model file. A Model is safe for concurrent use; a Trainer is
// not.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Hash mixes a value into a feature hash: Hash(Hash(template, a), b) names
// the feature "template with values a and b". It is the finaliser of
// SplitMix64 over a multiply-xor combination, so distinct inputs collide
// with negligible probability.
func Hash(h, v uint64) uint64 {
	x := h*0x9e3779b97f4a7c15 ^ v
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// String returns a hash of s, to turn words into values for [Hash].
func String(s string) uint64 {
	// FNV-1a, 64 bits.
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// A Model holds averaged weights for scoring. Weights are sparse: a
// feature keeps only the classes whose weight is not negligible, which
// makes the model smaller and scoring faster.
type Model struct {
	classes int
	class   []uint16 // the classes of all rows, row after row
	w       []float32
	table   table // feature -> row
	n       int   // features
}

// A row locates a feature's weights in Model.class and Model.w.
type row struct{ start, n uint32 }

// A table is an open-addressing hash table from feature to row, one
// 16-byte slot per entry, at most half full: a look-up usually touches one
// cache line, where a Go map touches two.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64
	row row // n == 0: empty
}

func newTable(index map[uint64]row) table {
	size := uint64(16)
	for size < 2*uint64(len(index)) {
		size *= 2
	}
	t := table{slots: make([]slot, size), mask: size - 1}
	for k, r := range index {
		i := k & t.mask
		for t.slots[i].row.n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{k, r}
	}
	return t
}

// get returns the row of feature k; n is 0 if k has none. Features are
// hashes, so their low bits spread evenly.
func (t *table) get(k uint64) row {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.row.n == 0 || s.key == k {
			return s.row
		}
	}
}

// Classes returns the number of classes the model scores.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.n }

// Score sets scores[c] to the sum of the weights of feats for class c.
// scores must have length Classes. Unknown features weigh nothing.
func (m *Model) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r := m.table.get(f)
		if r.n == 0 {
			continue
		}
		cls := m.class[r.start : r.start+r.n]
		for i, v := range m.w[r.start : r.start+r.n] {
			scores[cls[i]] += v
		}
	}
}

// Best returns the class with the highest score among those for which
// allowed returns true (all classes if allowed is nil), and -1 if none is
// allowed. Ties go to the lowest class.
func Best(scores []float32, allowed func(int) bool) int {
	best := -1
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}

// A Trainer learns a Model.
type Trainer struct {
	classes int
	index   map[uint64]int32
	w       []float64
	total   []float64 // sum of weights over past instances, up to stamp
	stamp   []int64   // instance at which total was last brought up to date
	n       int64     // instances seen
}

// NewTrainer returns a Trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, index: make(map[uint64]int32)}
}

// Score is [Model.Score] with the current (not averaged) weights.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores)
	n := t.classes
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for c, v := range t.w[int(r)*n : int(r)*n+n] {
			scores[c] += float32(v)
		}
	}
}

// Tick counts one training instance; call it once per decision, whether or
// not it leads to an update.
func (t *Trainer) Tick() { t.n++ }

// Update moves the weights of feats towards class truth and away from class
// guess. It does nothing when they are equal.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.index))
			t.index[f] = r
			t.w = append(t.w, make([]float64, t.classes)...)
			t.total = append(t.total, make([]float64, t.classes)...)
			t.stamp = append(t.stamp, make([]int64, t.classes)...)
		}
		base := int(r) * t.classes
		t.bump(base+truth, 1)
		t.bump(base+guess, -1)
	}
}

func (t *Trainer) bump(i int, d float64) {
	t.total[i] += float64(t.n-t.stamp[i]) * t.w[i]
	t.stamp[i] = t.n
	t.w[i] += d
}

// Average returns the model with averaged weights. Weights below minAbs in
// magnitude are dropped, and features left with none, which shrinks the
// model at little cost. The result does not depend on the order in which
// features were first seen.
func (t *Trainer) Average(minAbs float64) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	m := &Model{classes: t.classes}
	index := make(map[uint64]row)
	for _, k := range keys {
		base := int(t.index[k]) * t.classes
		start := uint32(len(m.w))
		for c := range t.classes {
			i := base + c
			tot := t.total[i] + float64(t.n-t.stamp[i])*t.w[i]
			avg := 0.0
			if t.n > 0 {
				avg = tot / float64(t.n)
			}
			if math.Abs(avg) >= minAbs && avg != 0 {
				m.class = append(m.class, uint16(c))
				m.w = append(m.w, float32(avg))
			}
		}
		if n := uint32(len(m.w)) - start; n > 0 {
			index[k] = row{start, n}
		}
	}
	m.table, m.n = newTable(index), len(index)
	return m
}

// Prune returns a copy of m without the weights below minAbs in magnitude.
func (m *Model) Prune(minAbs float32) *Model {
	p := &Model{classes: m.classes}
	index := make(map[uint64]row)
	for _, k := range m.keys() {
		r := m.table.get(k)
		start := uint32(len(p.w))
		for i := r.start; i < r.start+r.n; i++ {
			if v := m.w[i]; v >= minAbs || v <= -minAbs {
				p.class = append(p.class, m.class[i])
				p.w = append(p.w, v)
			}
		}
		if n := uint32(len(p.w)) - start; n > 0 {
			index[k] = row{start, n}
		}
	}
	p.table, p.n = newTable(index), len(index)
	return p
}

// Weights returns the number of weights the model keeps.
func (m *Model) Weights() int { return len(m.w) }

func (m *Model) keys() []uint64 {
	keys := make([]uint64, 0, m.n)
	for _, s := range m.table.slots {
		if s.row.n != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

const magic = "kg-perceptron\x00"

// WriteTo writes the model in a binary form that [Read] reads back: a magic
// string, the class and feature counts, then each feature's hash, its
// number of weights and its (class, weight) pairs, in increasing order of
// hash, so that equal models give equal bytes. Weights are float32.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	keys := m.keys()
	buf := make([]byte, 0, len(magic)+12+len(keys)*10+len(m.w)*6)
	buf = append(buf, magic...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(m.classes))
	buf = binary.LittleEndian.AppendUint64(buf, uint64(len(keys)))
	for _, k := range keys {
		r := m.table.get(k)
		buf = binary.LittleEndian.AppendUint64(buf, k)
		buf = binary.LittleEndian.AppendUint16(buf, uint16(r.n))
		for i := r.start; i < r.start+r.n; i++ {
			buf = binary.LittleEndian.AppendUint16(buf, m.class[i])
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(m.w[i]))
		}
	}
	n, err := w.Write(buf)
	return int64(n), err
}

// ErrFormat is returned by [Read] for data that is not a model.
var ErrFormat = errors.New("not a perceptron model")

// Read reads a model written by [Model.WriteTo]. It reads no further than
// the model's end when r is a *bufio.Reader, so that more data may follow.
func Read(r io.Reader) (*Model, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	head := make([]byte, len(magic)+12)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	classes := binary.LittleEndian.Uint32(head[len(magic):])
	count := binary.LittleEndian.Uint64(head[len(magic)+4:])
	if classes == 0 || classes > 1<<16 || count > 1<<28 {
		return nil, fmt.Errorf("%w: %d classes, %d features", ErrFormat, classes, count)
	}
	m := &Model{classes: int(classes)}
	index := make(map[uint64]row, count)
	var hdr [10]byte
	var pair [6]byte
	for i := range count {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			return nil, fmt.Errorf("read feature %d of %d: %w", i, count, err)
		}
		k, n := binary.LittleEndian.Uint64(hdr[:]), uint32(binary.LittleEndian.Uint16(hdr[8:]))
		if n == 0 || n > classes {
			return nil, fmt.Errorf("%w: feature %d has %d weights for %d classes", ErrFormat, i, n, classes)
		}
		r := row{uint32(len(m.w)), n}
		for range n {
			if _, err := io.ReadFull(br, pair[:]); err != nil {
				return nil, fmt.Errorf("read feature %d of %d: %w", i, count, err)
			}
			c := binary.LittleEndian.Uint16(pair[:])
			if uint32(c) >= classes {
				return nil, fmt.Errorf("%w: feature %d has class %d of %d", ErrFormat, i, c, classes)
			}
			m.class = append(m.class, c)
			m.w = append(m.w, math.Float32frombits(binary.LittleEndian.Uint32(pair[2:])))
		}
		if _, dup := index[k]; dup {
			return nil, fmt.Errorf("%w: feature %x twice", ErrFormat, k)
		}
		index[k] = r
	}
	m.table, m.n = newTable(index), len(index)
	return m, nil
}
