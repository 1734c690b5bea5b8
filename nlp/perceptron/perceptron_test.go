package perceptron

import (
	"bytes"
	"errors"
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
