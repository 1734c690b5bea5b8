package perceptron

import (
	"bytes"
	"errors"
	"math"
	"testing"
)

// TestLearn trains on a small separable problem: the class is the value of
// feature 1 (three values), with noise features that carry nothing.
func TestLearn(t *testing.T) {
	data := []struct {
		feats []uint64
		class int
	}{}
	for i := range 60 {
		c := i % 3
		data = append(data, struct {
			feats []uint64
			class int
		}{[]uint64{Hash(1, uint64(c)), Hash(2, uint64(i%7)), Hash(3, 0)}, c})
	}
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for range 5 {
		for _, d := range data {
			tr.Score(d.feats, scores)
			tr.Update(d.feats, d.class, Best(scores, nil))
			tr.Tick()
		}
	}
	m := tr.Average(0)
	for _, d := range data {
		m.Score(d.feats, scores)
		if got := Best(scores, nil); got != d.class {
			t.Fatalf("Best(Score(%v)) = %d, want %d (scores %v)", d.feats, got, d.class, scores)
		}
	}
	if got := Best(scores, func(c int) bool { return c != data[len(data)-1].class }); got == data[len(data)-1].class {
		t.Errorf("Best with the true class disallowed returned it")
	}
	if got := Best(scores, func(int) bool { return false }); got != -1 {
		t.Errorf("Best with nothing allowed = %d, want -1", got)
	}

	// Round trip: equal bytes, equal scores.
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatalf("Read(WriteTo(m)): %v", err)
	}
	m2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("WriteTo(Read(WriteTo(m))) differs from WriteTo(m)")
	}
	s2 := make([]float32, 3)
	for _, d := range data {
		m.Score(d.feats, scores)
		m2.Score(d.feats, s2)
		if scores[0] != s2[0] || scores[1] != s2[1] || scores[2] != s2[2] {
			t.Fatalf("scores after a round trip: %v, want %v", s2, scores)
		}
	}

	// Pruning everything leaves a model that scores zero.
	p := m.Prune(1e9)
	if p.Features() != 0 || p.Weights() != 0 {
		t.Errorf("Prune(1e9) kept %d features, %d weights", p.Features(), p.Weights())
	}
}

func TestReadBad(t *testing.T) {
	for _, in := range []string{"", "kg-perceptron", "something else entirely", magic + "\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"} {
		if _, err := Read(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		} else if in != "" && in[0] != 'k' && !errors.Is(err, ErrFormat) {
			t.Errorf("Read(%q) = %v, want ErrFormat", in, err)
		}
	}
}

// TestScoreAll checks the look-up table on rows held in a slot and rows
// too long for one, and that ScoreAll gives each list the scores Score
// gives it, within the quantisation of the weights.
func TestScoreAll(t *testing.T) {
	const classes = 9
	tr := NewTrainer(classes)
	// Feature 1 votes for every class in turn, so that it ends with a
	// weight for each: a long row. Features 10+c vote for class c only.
	scores := make([]float32, classes)
	for i := range 90 {
		c := i % classes
		feats := []uint64{Hash(1, 0), Hash(10, uint64(c))}
		tr.Score(feats, scores)
		tr.Update(feats, c, (c+1)%classes)
		tr.Tick()
	}
	m := tr.Average(0)
	var feats []uint64
	var ends []int
	lists := [][]uint64{{Hash(1, 0)}, {Hash(10, 3), Hash(99, 1)}, {}, {Hash(1, 0), Hash(10, 8), Hash(10, 2)}, {Hash(77, 7)}}
	for _, l := range lists {
		feats = append(feats, l...)
		ends = append(ends, len(feats))
	}
	all := make([]float32, len(lists)*classes)
	m.ScoreAll(feats, ends, all)
	for j, l := range lists {
		m.Score(l, scores)
		exact := make([]float64, classes)
		for _, f := range l {
			if r, ok := tr.index[f]; ok {
				for c := range classes {
					i := int(r)*classes + c
					exact[c] += (tr.total[i] + float64(tr.n-tr.stamp[i])*tr.w[i]) / float64(tr.n)
				}
			}
		}
		for c := range classes {
			if got := all[j*classes+c]; got != scores[c] {
				t.Errorf("list %d class %d: ScoreAll gives %g, Score %g", j, c, got, scores[c])
			}
			if d := float64(scores[c]) - exact[c]; d > 1e-3 || d < -1e-3 {
				t.Errorf("list %d class %d: Score gives %g, the averaged weights sum to %g", j, c, scores[c], exact[c])
			}
		}
	}
	m.Score([]uint64{Hash(1, 0)}, scores)
	nonzero := 0
	for _, s := range scores {
		if s != 0 {
			nonzero++
		}
	}
	if nonzero <= inline {
		t.Errorf("feature 1 has %d weights, want a row longer than a slot holds (%d)", nonzero, inline)
	}
}

// TestAdd checks the structured update: Add(+1) and Add(-1) on the same
// features cancel, and the average counts each weight from its update on.
func TestAdd(t *testing.T) {
	tr := NewTrainer(2)
	f := []uint64{Hash(1, 1), Hash(2, 2)}
	tr.Add(f, 0, 1)
	tr.Add(f[:1], 0, -1)
	tr.Tick()
	tr.Tick()
	tr.Add(f[:1], 1, 2)
	tr.Tick()
	tr.Tick()
	scores := make([]float32, 2)
	tr.Score(f, scores)
	if scores[0] != 1 || scores[1] != 2 {
		t.Errorf("current scores %v, want [1 2]", scores)
	}
	// Feature 2 weighs 1 for class 0 over 4 ticks; feature 1 weighs 2 for
	// class 1 over the last 2 of them.
	tr.Average(0).Score(f, scores)
	if scores[0] != 1 || scores[1] != 1 {
		t.Errorf("averaged scores %v, want [1 1]", scores)
	}
}

// A Cache keeps the first value put for a key, finds it again, and gives
// values it has no room for without keeping them.
func TestCache(t *testing.T) {
	c := NewCache[string, int](2) // 4 slots
	if v := c.Find(1, "a"); v != nil {
		t.Fatalf("empty cache finds %d", *v)
	}
	if v := c.Put(1, "a", 10); *v != 10 {
		t.Fatalf("Put a = %d, want 10", *v)
	}
	if v := c.Put(1, "a", 11); *v != 10 {
		t.Errorf("second Put a = %d, want the first value 10", *v)
	}
	for i, k := range []string{"b", "c", "d"} { // all on a's slot: the table fills
		c.Put(1, k, 20+i)
	}
	if v := c.Put(1, "e", 30); *v != 30 || c.Find(1, "e") != nil {
		t.Errorf("Put e in a full cache = %d, kept %v; want 30, not kept", *v, c.Find(1, "e") != nil)
	}
	for i, k := range []string{"a", "b", "c", "d"} {
		want := 10
		if i > 0 {
			want = 20 + i - 1
		}
		if v := c.Find(1, k); v == nil || *v != want {
			t.Errorf("Find %s = %v, want %d", k, v, want)
		}
	}
	var none *Cache[string, int]
	if v := none.Put(1, "a", 5); *v != 5 || none.Find(1, "a") != nil {
		t.Errorf("nil cache: Put gives %d, Find %v; want 5, nil", *v, none.Find(1, "a"))
	}
}

// TestMean checks that the mean of models scores as the mean of their
// scores, including features that only some of them have.
func TestMean(t *testing.T) {
	train := func(seed uint64) *Model {
		tr := NewTrainer(3)
		scores := make([]float32, 3)
		for i := range 40 {
			c := int((uint64(i) + seed) % 3)
			feats := []uint64{Hash(1, uint64(c)), Hash(2, uint64(i)%5+seed*10), Hash(3, 0)}
			tr.Score(feats, scores)
			tr.Update(feats, c, Best(scores, nil))
			tr.Tick()
		}
		return tr.Average(0)
	}
	a, b := train(1), train(2)
	m := Mean(a, b)
	if m.Features() < max(a.Features(), b.Features()) {
		t.Errorf("Mean has %d features, fewer than its models (%d, %d)", m.Features(), a.Features(), b.Features())
	}
	feats := [][]uint64{
		{Hash(1, 0), Hash(2, 12), Hash(3, 0)}, // 2,12 only in b
		{Hash(1, 2), Hash(2, 1), Hash(2, 22)}, // 2,22 in neither
	}
	sa, sb, sm := make([]float32, 3), make([]float32, 3), make([]float32, 3)
	for _, f := range feats {
		a.Score(f, sa)
		b.Score(f, sb)
		m.Score(f, sm)
		for c := range sm {
			if want := (sa[c] + sb[c]) / 2; math.Abs(float64(sm[c]-want)) > 1e-3*(1+math.Abs(float64(want))) {
				t.Errorf("Mean scores %v class %d = %g, want %g (the mean of %g and %g)", f, c, sm[c], want, sa[c], sb[c])
			}
		}
	}
	if one := Mean(a); one.Features() != a.Features() || one.Weights() != a.Weights() {
		t.Errorf("Mean(a) has %d features %d weights, a %d and %d", one.Features(), one.Weights(), a.Features(), a.Weights())
	}
}
