// Package ner finds named mentions of people, organisations and places in
// tagged English sentences.
//
// The recogniser is a greedy left-to-right averaged perceptron over BIO
// labels (Ratinov and Roth 2009's baseline design): word, affix, shape and
// capitalisation features of a window of words, their part-of-speech tags,
// the extent of the capitalised run a word stands in, and the two previous
// labels. An I- label only follows a B- or I- label of its type. It is
// trained on the mentions of GUM (see [Gold]) with [Train], written with
// [Recognizer.WriteTo] and read with [Read]; kg's trained model is in
// package nlp/model. A Recognizer is safe for concurrent use.
package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/kg-project/kg/nlp/perceptron"
)

// FeatureVersion names the feature set; a model trained with another is
// refused at load.
const FeatureVersion = 1

// A Recognizer finds named mentions.
type Recognizer struct {
	meta  Meta
	model *perceptron.Model
}

// Meta describes a trained model.
type Meta struct {
	FeatureVersion int      `json:"feature_version"`
	Labels         []string `json:"labels"`
	Epochs         int      `json:"epochs"`
	Seed           uint64   `json:"seed"`
	Data           []string `json:"data"`
}

// A Sentence is a training sentence: words, their Penn tags, and its gold
// named mentions (not overlapping).
type Sentence struct {
	Words, Tags []string
	Spans       []Span
}

// Options control training.
type Options struct {
	Epochs int
	Seed   uint64
	Data   []string
}

var labels = []string{"O", "B-person", "I-person", "B-organization", "I-organization", "B-place", "I-place"}

// allowed reports whether label l may follow label prev.
func allowed(prev, l int) bool {
	if l == 0 || l%2 == 1 {
		return true
	}
	return prev == l || prev == l-1
}

// bio returns the label of each word of a sentence with spans.
func bio(n int, spans []Span) []int {
	out := make([]int, n)
	for _, sp := range spans {
		b := 1
		for i, l := range labels {
			if l == "B-"+string(sp.Type) {
				b = i
			}
		}
		for i := sp.Start; i <= sp.End; i++ {
			out[i-1] = b
			if i > sp.Start {
				out[i-1] = b + 1
			}
		}
	}
	return out
}

// Train learns a Recognizer. The result depends only on sents and opts.
func Train(sents []Sentence, opts Options) *Recognizer {
	r := &Recognizer{meta: Meta{FeatureVersion: FeatureVersion, Labels: labels, Epochs: opts.Epochs, Seed: opts.Seed, Data: opts.Data}}
	tr := perceptron.NewTrainer(len(labels))
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(labels))
	var feats []uint64
	for range opts.Epochs {
		for _, si := range order {
			s := sents[si]
			gold := bio(len(s.Words), s.Spans)
			info := newSentence(s.Words, s.Tags)
			p1, p2 := -1, -1
			for i := range s.Words {
				feats = features(feats[:0], info, i, p1, p2)
				tr.Score(feats, scores)
				prev := max(p1, 0)
				guess := perceptron.Best(scores, func(l int) bool { return allowed(prev, l) })
				tr.Update(feats, gold[i], guess)
				tr.Tick()
				p1, p2 = guess, p1
			}
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	r.model = tr.Average(0)
	return r
}

// Pruned returns a copy of r without the weights below minAbs in
// magnitude.
func (r *Recognizer) Pruned(minAbs float32) *Recognizer {
	c := *r
	c.model = r.model.Prune(minAbs)
	return &c
}

// Meta returns what the model was trained on.
func (r *Recognizer) Meta() Meta { return r.meta }

// Recognize returns the named mentions of words tagged with tags (Penn
// tags), in order, not overlapping. The slice is new.
func (r *Recognizer) Recognize(words, tags []string) []Span {
	info := newSentence(words, tags)
	scores := make([]float32, len(labels))
	feats := make([]uint64, 0, 48)
	out := make([]int, len(words))
	p1, p2 := -1, -1
	for i := range words {
		feats = features(feats[:0], info, i, p1, p2)
		r.model.Score(feats, scores)
		prev := max(p1, 0)
		out[i] = perceptron.Best(scores, func(l int) bool { return allowed(prev, l) })
		p1, p2 = out[i], p1
	}
	var spans []Span
	for i := 0; i < len(out); i++ {
		if out[i] == 0 {
			continue
		}
		j := i
		for j+1 < len(out) && out[j+1] == out[i]+1 && out[i]%2 == 1 {
			j++
		}
		spans = append(spans, Span{Start: i + 1, End: j + 1, Type: Type(strings.TrimPrefix(labels[out[i]], "B-"))})
		i = j
	}
	return spans
}

const magic = "kg-ner\n"

// WriteTo writes the recogniser as [perceptron.WriteModels] does, with
// magic "kg-ner\n", its [Meta] and its weights. Equal recognisers give
// equal bytes.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	return perceptron.WriteModels(w, magic, r.meta, r.model)
}

// ErrFormat is returned by [Read] for data that is not a recogniser model
// or was made for another feature set.
var ErrFormat = errors.New("not a kg named-mention model")

// Read reads a recogniser written by [Recognizer.WriteTo].
func Read(rd io.Reader) (*Recognizer, error) {
	r := &Recognizer{}
	check := func() error {
		if r.meta.FeatureVersion != FeatureVersion {
			return fmt.Errorf("%w: feature set %d, this kg computes feature set %d; retrain with go run ./nlp/train", ErrFormat, r.meta.FeatureVersion, FeatureVersion)
		}
		if fmt.Sprint(r.meta.Labels) != fmt.Sprint(labels) {
			return fmt.Errorf("%w: labels %v, want %v", ErrFormat, r.meta.Labels, labels)
		}
		return nil
	}
	ms, err := perceptron.ReadModels(rd, magic, &r.meta, check, 1)
	if errors.Is(err, perceptron.ErrMagic) {
		return nil, ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("read recogniser: %w", err)
	}
	if ms[0].Classes() != len(labels) {
		return nil, fmt.Errorf("%w: %d classes in weights", ErrFormat, ms[0].Classes())
	}
	r.model = ms[0]
	return r, nil
}
