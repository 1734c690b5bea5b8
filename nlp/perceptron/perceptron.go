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
	"encoding/json"
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
	class   []uint8 // the classes of all rows, row after row
	w       []float32
	table   table // feature -> row
	// keys are the features in increasing order; starts[i] is where the
	// row of keys[i] starts, and starts[len(keys)] is len(w).
	keys   []uint64
	starts []uint32
}

// add appends the row of feature k, which must be greater than every
// feature added before: the classes whose weight is not zero. A row left
// empty is not added.
func (m *Model) add(k uint64, classes []uint8, weights []float32) {
	start := uint32(len(m.w))
	for i, v := range weights {
		if v != 0 {
			m.class = append(m.class, classes[i])
			m.w = append(m.w, v)
		}
	}
	if uint32(len(m.w)) == start {
		return
	}
	m.keys = append(m.keys, k)
	m.starts = append(m.starts, start)
}

// finish builds the look-up table once every row is added.
func (m *Model) finish() {
	m.starts = append(m.starts, uint32(len(m.w)))
	m.table = newTable(m)
}

// Limits of a Model's compact layout.
const (
	// MaxClasses is the most classes a model can have.
	MaxClasses = 256
	// maxWeights is the most weights a model can keep.
	maxWeights = 1<<24 - 1
)

// Classes returns the number of classes the model scores.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.keys) }

// Score sets scores[c] to the sum of the weights of feats for class c.
// scores must have length Classes. Unknown features weigh nothing. The
// weights are those of the model rounded to 15 significant bits of the
// largest (to a multiple of 1/512 when it is 52), and the sum is exact, so
// the scores do not depend on the order of feats.
func (m *Model) Score(feats []uint64, scores []float32) {
	clear(scores)
	m.AddScores(feats, scores)
}

// AddScores is [Model.Score] without clearing scores first: it adds the
// weights of feats to scores.
func (m *Model) AddScores(feats []uint64, scores []float32) {
	if m.table.touch(feats) {
		m.table.add(feats, scores)
	}
}

// ScoreAll scores several lists of features at once: list j is
// feats[ends[j-1]:ends[j]] (feats[:ends[0]] for the first), and scores
// gets its scores, as [Model.Score] gives them, at
// scores[j*Classes:(j+1)*Classes]. It is faster than scoring the lists one
// by one when the model does not fit in the processor's caches: it
// fetches the weights of all the lists at once.
func (m *Model) ScoreAll(feats []uint64, ends []int, scores []float32) {
	c := m.classes
	clear(scores[:len(ends)*c])
	if !m.table.touch(feats) {
		return
	}
	start := 0
	for j, end := range ends {
		m.table.add(feats[start:end], scores[j*c:(j+1)*c])
		start = end
	}
}

// SumAll is [Model.ScoreAll] in whole steps of the model's quantised
// weights: sums[j*Classes+c] is set to the sum of the weights of list j
// for class c divided by the step, an exact integer. For a list of at
// most MaxExact features, ScoreAll's score is that integer times the step
// (a power of two), exactly, so the classes rank the same by sums as by
// scores, ties included, and the integers are cheaper to sum and compare.
func (m *Model) SumAll(feats []uint64, ends []int, sums []int32) {
	c := m.classes
	clear(sums[:len(ends)*c])
	if !m.table.touch(feats) {
		return
	}
	acc := m.table.scratch()
	start := 0
	for j, end := range ends {
		m.table.sum(feats[start:end], sums[j*c:(j+1)*c], acc)
		start = end
	}
}

// SumEach sets sums[j*Classes+c] to the weight of feats[j] for class c
// in whole steps, as [Model.SumAll] with a list of each feature alone sets
// it, faster.
func (m *Model) SumEach(feats []uint64, sums []int32) {
	c := m.classes
	sums = sums[:len(feats)*c]
	clear(sums)
	t := &m.table
	if !t.dense {
		acc := new(scratch)
		for j := range feats {
			t.sum(feats[j:j+1], sums[j*c:(j+1)*c], acc)
		}
		return
	}
	for j, f := range feats {
		if s := t.findDense(f); s != nil {
			for k, w := range s.w[:c] {
				sums[j*c+k] = int32(w)
			}
		}
	}
}

// DenseSums returns the sums of the weights of feats for each class, as
// [Model.SumAll] gives them, for a model of at most four classes (zero
// for the classes it does not have).
func (m *Model) DenseSums(feats []uint64) [4]int32 {
	if !m.table.dense || !m.table.touch(feats) {
		return [4]int32{}
	}
	return m.table.denseRows(feats)
}

// AddSums adds the weights of feats to sums as [Model.SumAll] counts
// them.
func (m *Model) AddSums(feats []uint64, sums []int32) {
	if m.table.touch(feats) {
		m.table.sum(feats, sums, m.table.scratch())
	}
}

// PackedLen returns the length of a packed row of the model's classes
// (see [Model.AddPacked]): a third of the classes, rounded up.
func (m *Model) PackedLen() int { return m.table.words }

// MaxPacked is the most features whose weights a packed row may hold.
const MaxPacked = maxLane

// AddPacked adds the weights of feats, in whole steps as [Model.SumAll]
// counts them, to acc, a packed row of length [Model.PackedLen]: three
// classes a word, in lanes of 21 bits. The sums are exact while acc holds
// the weights of at most MaxPacked features (acc's weights, and so its
// words, may be added together: a row of the weights of k features
// counts as k); [Model.AddUnpacked] then takes them apart. The model must
// have more than four classes.
func (m *Model) AddPacked(feats []uint64, acc []uint64) {
	m.table.addPacked(feats, acc)
}

// Fetch reads the first place in the model's table of each of feats,
// and reports whether any of them may have weights. The reads are
// independent, so the processor fetches them from memory together; the
// look-ups of feats that follow find them in its caches.
func (m *Model) Fetch(feats []uint64) bool { return m.table.touch(feats) }

// AddUnpacked adds to sums, of length Classes, the sums that acc, a packed
// row of the weights of at most MaxPacked features, holds.
func (m *Model) AddUnpacked(acc []uint64, sums []int32) {
	m.table.unpack(acc[:m.table.words], sums[:m.classes])
}

// BestUnpacked returns the class c with the highest base[c] plus the sum
// for c that acc, a packed row of the weights of at most MaxPacked
// features, holds, the lowest such class on a tie: the class that
// [Model.AddUnpacked] of acc to base and [Best] of base give, without
// changing base, which must have length Classes and hold sums above
// math.MinInt32/2 (as 2^24 steps are) or below it for classes that must
// not win.
func (m *Model) BestUnpacked(acc []uint64, base []int32) int {
	return m.table.bestUnpacked(acc[:m.table.words], base[:m.classes])
}

// BestPacked is [Model.BestUnpacked] with a base of zeros.
func (m *Model) BestPacked(acc []uint64) int {
	return bestPacked(acc[:m.table.words], m.classes)
}

// Step returns the weight of one step of [Model.SumAll]'s sums: a sum x
// of a list of at most MaxExact features scores float32(x)*Step() in
// [Model.ScoreAll], exactly.
func (m *Model) Step() float32 { return m.table.inv }

// MaxExact is the longest list of features whose scores are exact
// multiples of the model's step (see [Model.Score]), and so rank the
// classes as [Model.SumAll]'s sums do.
const MaxExact = maxPairs

// Best returns the class with the highest score among those for which
// allowed returns true (all classes if allowed is nil), and -1 if none is
// allowed. Ties go to the lowest class.
func Best[T float32 | int32](scores []T, allowed func(int) bool) int {
	if allowed == nil {
		if len(scores) == 0 {
			return -1
		}
		best, top := 0, scores[0]
		for c, s := range scores[1:] {
			if s > top {
				best, top = c+1, s
			}
		}
		return best
	}
	best := -1
	for c, s := range scores {
		if !allowed(c) {
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
	if classes < 1 || classes > MaxClasses {
		panic(fmt.Sprintf("perceptron: %d classes, want 1 to %d", classes, MaxClasses))
	}
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
		base := t.row(f)
		t.bump(base+truth, 1)
		t.bump(base+guess, -1)
	}
}

// row returns where feature f's weights start, adding them if f is new.
func (t *Trainer) row(f uint64) int {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.index))
		t.index[f] = r
		t.w = append(t.w, make([]float64, t.classes)...)
		t.total = append(t.total, make([]float64, t.classes)...)
		t.stamp = append(t.stamp, make([]int64, t.classes)...)
	}
	return int(r) * t.classes
}

// Add adds d to the weights of feats for class c: the update of a
// structured perceptron, which rewards the features of a gold sequence's
// decisions and penalises those of a predicted one.
func (t *Trainer) Add(feats []uint64, c int, d float64) {
	for _, f := range feats {
		t.bump(t.row(f)+c, d)
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
	classes := make([]uint8, t.classes)
	for c := range classes {
		classes[c] = uint8(c)
	}
	avg := make([]float32, t.classes)
	for _, k := range keys {
		base := int(t.index[k]) * t.classes
		for c := range avg {
			i := base + c
			tot := t.total[i] + float64(t.n-t.stamp[i])*t.w[i]
			avg[c] = 0
			if a := tot / float64(max(t.n, 1)); math.Abs(a) >= minAbs {
				avg[c] = float32(a)
			}
		}
		m.add(k, classes, avg)
	}
	if len(m.w) > maxWeights {
		panic(fmt.Sprintf("perceptron: %d weights, more than a model keeps (%d); prune or use fewer features", len(m.w), maxWeights))
	}
	m.finish()
	return m
}

// Mean returns the model whose weights are the mean of those of models,
// which must have the same number of classes: for linear models, a soft
// vote of them (a feature a model lacks weighs 0 in it). It panics if
// models is empty or their classes differ.
func Mean(models ...*Model) *Model {
	if len(models) == 0 {
		panic("perceptron: mean of no models")
	}
	classes := models[0].classes
	var keys []uint64
	for _, m := range models {
		if m.classes != classes {
			panic(fmt.Sprintf("perceptron: mean of models of %d and %d classes", classes, m.classes))
		}
		keys = append(keys, m.keys...)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	all := make([]uint8, classes)
	for c := range all {
		all[c] = uint8(c)
	}
	sum := make([]float64, classes)
	mean := make([]float32, classes)
	next := make([]int, len(models)) // each model's first key not yet read
	p := &Model{classes: classes}
	for _, k := range keys {
		clear(sum)
		for j, m := range models {
			i := next[j]
			if i == len(m.keys) || m.keys[i] != k {
				continue
			}
			for r := m.starts[i]; r < m.starts[i+1]; r++ {
				sum[m.class[r]] += float64(m.w[r])
			}
			next[j]++
		}
		for c, v := range sum {
			mean[c] = float32(v / float64(len(models)))
		}
		p.add(k, all, mean)
	}
	if len(p.w) > maxWeights {
		panic(fmt.Sprintf("perceptron: %d weights, more than a model keeps (%d); prune or use fewer features", len(p.w), maxWeights))
	}
	p.finish()
	return p
}

// Prune returns a copy of m without the weights below minAbs in magnitude.
func (m *Model) Prune(minAbs float32) *Model {
	p := &Model{classes: m.classes}
	var kept []float32
	for i, k := range m.keys {
		a, b := m.starts[i], m.starts[i+1]
		kept = append(kept[:0], m.w[a:b]...)
		for j, v := range kept {
			if v < minAbs && v > -minAbs {
				kept[j] = 0
			}
		}
		p.add(k, m.class[a:b], kept)
	}
	p.finish()
	return p
}

// Weights returns the number of weights the model keeps.
func (m *Model) Weights() int { return len(m.w) }

const magic = "kg-perceptron\x00"

// WriteTo writes the model in a binary form that [Read] reads back: a magic
// string, the class and feature counts, then each feature's hash, its
// number of weights and its (class, weight) pairs, in increasing order of
// hash, so that equal models give equal bytes. Weights are float32.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	keys := m.keys
	buf := make([]byte, 0, len(magic)+12+len(keys)*10+len(m.w)*6)
	buf = append(buf, magic...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(m.classes))
	buf = binary.LittleEndian.AppendUint64(buf, uint64(len(keys)))
	for j, k := range keys {
		a, b := m.starts[j], m.starts[j+1]
		buf = binary.LittleEndian.AppendUint64(buf, k)
		buf = binary.LittleEndian.AppendUint16(buf, uint16(b-a))
		for i := a; i < b; i++ {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(m.class[i]))
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
	if classes == 0 || classes > MaxClasses || count > maxWeights {
		return nil, fmt.Errorf("%w: %d classes, %d features", ErrFormat, classes, count)
	}
	m := &Model{classes: int(classes)}
	var hdr [10]byte
	var pair [6]byte
	cls := make([]uint8, classes)
	ws := make([]float32, classes)
	for i := range count {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			return nil, fmt.Errorf("read feature %d of %d: %w", i, count, err)
		}
		k, n := binary.LittleEndian.Uint64(hdr[:]), uint32(binary.LittleEndian.Uint16(hdr[8:]))
		if n == 0 || n > classes {
			return nil, fmt.Errorf("%w: feature %d has %d weights for %d classes", ErrFormat, i, n, classes)
		}
		if i > 0 && k <= m.keys[len(m.keys)-1] {
			return nil, fmt.Errorf("%w: feature %d out of order", ErrFormat, i)
		}
		if len(m.w)+int(n) > maxWeights {
			return nil, fmt.Errorf("%w: more than %d weights", ErrFormat, maxWeights)
		}
		for j := range n {
			if _, err := io.ReadFull(br, pair[:]); err != nil {
				return nil, fmt.Errorf("read feature %d of %d: %w", i, count, err)
			}
			c := binary.LittleEndian.Uint16(pair[:])
			if uint32(c) >= classes {
				return nil, fmt.Errorf("%w: feature %d has class %d of %d", ErrFormat, i, c, classes)
			}
			cls[j], ws[j] = uint8(c), math.Float32frombits(binary.LittleEndian.Uint32(pair[2:]))
			if ws[j] == 0 {
				return nil, fmt.Errorf("%w: feature %d has a zero weight", ErrFormat, i)
			}
		}
		m.add(k, cls[:n], ws[:n])
	}
	m.finish()
	return m, nil
}

// ErrMagic is returned by [ReadModels] for data that does not start with
// the expected magic string.
var ErrMagic = errors.New("not the expected kind of model file")

// WriteModels writes a model file: the magic string, the length (4 bytes,
// little-endian) and JSON of meta, then each model as [Model.WriteTo]
// writes it. JSON sorts map keys, so equal inputs give equal bytes.
func WriteModels(w io.Writer, magic string, meta any, models ...*Model) (int64, error) {
	js, err := json.Marshal(meta)
	if err != nil {
		return 0, err
	}
	buf := append([]byte(magic), binary.LittleEndian.AppendUint32(nil, uint32(len(js)))...)
	k, err := w.Write(append(buf, js...))
	n := int64(k)
	if err != nil {
		return n, err
	}
	for _, m := range models {
		k, err := m.WriteTo(w)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// ReadModels reads a file written by [WriteModels] with the same magic: it
// decodes the metadata into meta, calls check on it, and reads count
// models. It fails with ErrMagic when the magic differs and with check's
// error when check refuses the metadata.
func ReadModels(r io.Reader, magic string, meta any, check func() error, count int) ([]*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic)+4)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(magic)]) != magic {
		return nil, ErrMagic
	}
	size := binary.LittleEndian.Uint32(head[len(magic):])
	if size > 1<<26 {
		return nil, fmt.Errorf("%w: metadata of %d bytes", ErrFormat, size)
	}
	js := make([]byte, size)
	if _, err := io.ReadFull(br, js); err != nil {
		return nil, fmt.Errorf("read metadata: %w", err)
	}
	if err := json.Unmarshal(js, meta); err != nil {
		return nil, fmt.Errorf("read metadata: %w", err)
	}
	if err := check(); err != nil {
		return nil, err
	}
	models := make([]*Model, count)
	for i := range models {
		m, err := Read(br)
		if err != nil {
			return nil, fmt.Errorf("read weights %d of %d: %w", i+1, count, err)
		}
		models[i] = m
	}
	return models, nil
}
