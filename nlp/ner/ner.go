// Package ner finds named mentions of people, organisations and places in
// tagged English sentences.
//
// The recogniser is a greedy left-to-right averaged perceptron over BIO
// labels (Ratinov and Roth 2009's baseline design): word, affix, shape and
// capitalisation features of a window of words, their part-of-speech tags,
// the extent of the capitalised run a word stands in, and the two previous
// labels, with four kinds of evidence beyond the sentence: the word
// clusters of package nlp/cluster ([Recognizer.WithClusters]), the classes a
// [Lexicon] (kg's gazetteer) gives the names and words, the types the
// document gave the same word earlier ([Recognizer.RecognizeDoc]), and how
// many training documents write the word in lower case and capitalised
// ([Meta.Vocab]; in training, the other documents). An I-
// label only follows a B- or I- label of its type; the lexicon then mends
// what the weights read against a name's own words (a name it knows as an
// organisation's, an organisation's head word, a connector in capitals at
// a name's edge), and a second pass gives each name of a document one
// type. It is
// trained on the names of GUM (see [Gold] and [GoldAll]) with [Train], written with
// [Recognizer.WriteTo] and read with [Read]; kg's trained model is in
// package nlp/model. A Recognizer is safe for concurrent use.
package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp/cluster"
	"github.com/kg-project/kg/nlp/perceptron"
)

// FeatureVersion names the feature set; a model trained with another is
// refused at load.
const FeatureVersion = 4

// A Recognizer finds named mentions.
type Recognizer struct {
	meta     Meta
	model    *perceptron.Model
	clusters *cluster.Table // nil: no word has a class
}

// Meta describes a trained model.
type Meta struct {
	FeatureVersion int      `json:"feature_version"`
	Labels         []string `json:"labels"`
	Epochs         int      `json:"epochs"`
	Seed           uint64   `json:"seed"`
	// Members is how many models, seeded Seed, Seed+1, ..., the weights
	// are the mean of ([Options.Members]), as the tagger's and the
	// parser's; 0 for one.
	Members int `json:"members,omitempty"`
	// Bag reports whether each of the Members left out a Members-th of
	// the documents ([Options.Bag]).
	Bag  bool     `json:"bag,omitempty"`
	Data []string `json:"data"`
	// Vocab counts, for each lower-case word of the training documents,
	// the documents that hold it in lower case and those that hold it
	// capitalised after a sentence's first word: a capitalised word
	// that the training text writes in lower case is less likely a
	// name, one it never saw more likely.
	Vocab map[string][2]int32 `json:"vocab,omitempty"`
}

// A Sentence is a training sentence: words, their Penn tags, and its gold
// named mentions (not overlapping). Doc names its document; a document's
// sentences are consecutive and in order.
type Sentence struct {
	Doc         string
	Words, Tags []string
	Spans       []Span
}

// Options control training.
type Options struct {
	Epochs int
	Seed   uint64
	// Members is how many models to train, with seeds Seed, Seed+1, ...,
	// and average (0 or 1: one).
	Members int
	// Bag trains each of several Members without a Members-th of the
	// documents, a different one each.
	Bag  bool
	Data []string
	// Lexicon gives the name and word classes; the same one must be given
	// to [Recognizer.RecognizeDoc] when recognising.
	Lexicon Lexicon
	// Clusters gives the words' classes (nil for none); the recogniser
	// keeps it (see [Recognizer.WithClusters]).
	Clusters *cluster.Table
	// Extra are sentences of other corpora (UNER's labels over EWT),
	// trained on with the main ones but left out of [Meta.Vocab]: their
	// words are counted as the main documents count them, as unseen
	// text's are at use. Bagging leaves none of them out.
	Extra []Sentence
	// Repeat is how many times each epoch visits each main document (0
	// or 1: once), weighting them against Extra.
	Repeat int
}

var labels = []string{"O", "B-person", "I-person", "B-organization", "I-organization", "B-place", "I-place", "B-other", "I-other"}

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
// Documents are visited in a seeded random order, each document's
// sentences in order, so that the document memory learns from the
// recogniser's own earlier guesses as it will see them. With
// [Options.Members] K above 1, K models are trained, with seeds Seed,
// Seed+1, ..., each on all the documents or, with [Options.Bag], on the
// documents less a K-th of them (model k leaves out the documents whose
// index is k modulo K), and the recogniser keeps the mean of their
// weights (see [perceptron.Mean]): a soft vote of the K models at the
// cost of one, which varies less with the seed than one model does.
func Train(sents []Sentence, opts Options) *Recognizer {
	r := &Recognizer{meta: Meta{FeatureVersion: FeatureVersion, Labels: labels, Epochs: opts.Epochs, Seed: opts.Seed, Data: opts.Data}, clusters: opts.Clusters}
	docs := splitDocs(sents)
	extra := splitDocs(opts.Extra)
	total := map[string][2]int32{}
	for d := range docs {
		docs[d].vocab = docVocab(docs[d].sents)
		for w, c := range docs[d].vocab {
			t := total[w]
			total[w] = [2]int32{t[0] + c[0], t[1] + c[1]}
		}
	}
	r.meta.Vocab = total
	ms := make([]*perceptron.Model, max(opts.Members, 1))
	for k := range ms {
		// With Bag, model k leaves out the documents whose index is k
		// modulo Members, so that the models differ by more than their
		// order.
		d := docs
		if len(ms) > 1 && opts.Bag {
			d = nil
			for j, doc := range docs {
				if j%len(ms) != k {
					d = append(d, doc)
				}
			}
		}
		var order []trainDoc
		for range max(opts.Repeat, 1) {
			order = append(order, d...)
		}
		ms[k] = trainOne(append(order, extra...), total, opts, opts.Seed+uint64(k))
	}
	r.model = ms[0]
	if len(ms) > 1 {
		r.meta.Members, r.meta.Bag = len(ms), opts.Bag
		r.model = perceptron.Mean(ms...)
	}
	return r
}

// splitDocs returns sents' documents: runs of sentences with the same
// Doc, a sentence without one a document of its own.
func splitDocs(sents []Sentence) []trainDoc {
	var docs []trainDoc
	for i, s := range sents {
		if i == 0 || s.Doc != sents[i-1].Doc || s.Doc == "" {
			docs = append(docs, trainDoc{})
		}
		docs[len(docs)-1].sents = append(docs[len(docs)-1].sents, s)
	}
	return docs
}

// A trainDoc is a training document: its sentences and their [docVocab].
type trainDoc struct {
	sents []Sentence
	vocab map[string][2]int32
}

// trainOne trains a model on docs, which it shuffles with seed, given the
// training documents' word counts total, and returns its averaged weights.
func trainOne(docs []trainDoc, total map[string][2]int32, opts Options, seed uint64) *perceptron.Model {
	tr := perceptron.NewTrainer(len(labels))
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	scores := make([]float32, len(labels))
	var feats []uint64
	for range opts.Epochs {
		for _, doc := range docs {
			mem := map[string]int{}
			// A document's words are counted as the other training
			// documents count them, as unseen text's are at use.
			voc := func(w string) [2]int32 {
				t, o := total[w], doc.vocab[w]
				return [2]int32{t[0] - o[0], t[1] - o[1]}
			}
			for _, s := range doc.sents {
				gold := bio(len(s.Words), s.Spans)
				info := newSentence(s.Words, s.Tags, opts.Lexicon, opts.Clusters, mem, voc)
				out := make([]int, len(s.Words))
				p1, p2 := -1, -1
				for i := range s.Words {
					feats = features(feats[:0], info, i, p1, p2)
					tr.Score(feats, scores)
					prev := max(p1, 0)
					guess := perceptron.Best(scores, func(l int) bool { return allowed(prev, l) })
					tr.Update(feats, gold[i], guess)
					tr.Tick()
					out[i] = guess
					p1, p2 = guess, p1
				}
				remember(mem, info, spans(out))
			}
		}
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	}
	return tr.Average(0)
}

// remember notes in mem the type of each capitalised word of spans.
func remember(mem map[string]int, s *sentence, spans []Span) {
	for _, sp := range spans {
		for i := sp.Start - 1; i < sp.End; i++ {
			if s.cap[i] {
				mem[s.lowerText[i]] |= 1 << typeIndex(sp.Type)
			}
		}
	}
}

// Pruned returns a copy of r without the weights below minAbs in
// magnitude.
func (r *Recognizer) Pruned(minAbs float32) *Recognizer {
	c := *r
	c.model = r.model.Prune(minAbs)
	return &c
}

// WithClusters returns a copy of r that reads words' classes from t, which
// should be the table r was trained with ([Options.Clusters]; the model's
// [Meta.Data] names it). [Read] gives a recogniser without one, to which
// every word is unknown.
func (r *Recognizer) WithClusters(t *cluster.Table) *Recognizer {
	c := *r
	c.clusters = t
	return &c
}

// Knows reports whether the recogniser learned anything of word w itself
// (case aside), beyond its shape and context: whether the feature of the
// word kept a weight after training and pruning, which it does for the
// words of training sentences that took part in the recogniser's
// mistakes. A verdict on a name none of whose words it knows rests on
// shape and context alone.
func (r *Recognizer) Knows(w string) bool {
	scores := make([]float32, len(labels))
	r.model.Score([]uint64{perceptron.Hash(fW, perceptron.String(strings.ToLower(w)))}, scores)
	for _, v := range scores {
		if v != 0 {
			return true
		}
	}
	return false
}

// Meta returns what the model was trained on.
func (r *Recognizer) Meta() Meta { return r.meta }

// Recognize returns the named mentions of words tagged with tags (Penn
// tags), in order, not overlapping, as a sentence on its own: without
// lexicon and document. Names of non-actors are typed [Other]. The slice
// is new.
func (r *Recognizer) Recognize(words, tags []string) []Span {
	return r.NewDoc(nil).Recognize(words, tags)
}

// RecognizeDoc returns the named mentions of each sentence of a document,
// words[i] tagged with tags[i] (Penn tags), with lex (nil for none), which
// should be the lexicon r was trained with. The sentences are read in
// order, each with what the earlier ones taught (the types their words
// were given), then each name is given the type the document gives it
// most often. The slices are new.
func (r *Recognizer) RecognizeDoc(lex Lexicon, words, tags [][]string) [][]Span {
	out, _ := r.recognizeDoc(lex, words, tags, false)
	return out
}

// A Step is the step of the recogniser that gave a named mention its
// type ([Recognizer.RecognizeDocSteps]).
type Step uint8

const (
	// ByModel is the decoder: the weights' label.
	ByModel Step = iota
	// ByLexicon is the lexicon's mending of a name it knows or of a name's
	// head word ([mend]).
	ByLexicon
	// ByVote is the document's agreement: the types its other mentions of
	// the name were given.
	ByVote
	// ByCue is the document's agreement won by the words beside some
	// mention of the name ("Mr", "the union", "the village of").
	ByCue
)

var stepNames = [...]string{ByModel: "model", ByLexicon: "lexicon", ByVote: "vote", ByCue: "cue"}

// String returns the step's name: "model", "lexicon", "vote" or "cue".
func (s Step) String() string {
	if int(s) < len(stepNames) {
		return stepNames[s]
	}
	return fmt.Sprintf("Step(%d)", s)
}

// RecognizeDocSteps is [Recognizer.RecognizeDoc] that also returns, for
// each mention, the last step that changed its type (ByModel when none
// did): steps[i][j] is that of mentions[i][j].
func (r *Recognizer) RecognizeDocSteps(lex Lexicon, words, tags [][]string) (mentions [][]Span, steps [][]Step) {
	return r.recognizeDoc(lex, words, tags, true)
}

func (r *Recognizer) recognizeDoc(lex Lexicon, words, tags [][]string, withSteps bool) ([][]Span, [][]Step) {
	d := r.NewDoc(lex)
	out := make([][]Span, len(words))
	var steps [][]Step
	if withSteps {
		steps = make([][]Step, len(words))
	}
	for i := range words {
		if withSteps {
			out[i], steps[i] = d.recognize(words[i], tags[i], true)
		} else {
			out[i], _ = d.recognize(words[i], tags[i], false)
		}
	}
	agree(words, out, steps)
	return out, steps
}

// A Doc recognises the named mentions of one document's sentences, given
// in order, and remembers the types each capitalised word was given, for
// a caller that reads a document sentence by sentence or only some of its
// sentences. It makes no second pass ([Recognizer.RecognizeDoc] does). A
// Doc is not safe for concurrent use.
type Doc struct {
	r   *Recognizer
	lex Lexicon
	mem map[string]int // lower-case word → bit set of the types given (bit 0 person, 1 organization, 2 place, 3 other)
	// sent and feats are the last sentence's attributes and a word's
	// features, whose memory the next sentence reuses.
	sent  sentence
	feats []uint64
}

// NewDoc returns a new document for r with lex (nil for none), which
// should be the lexicon r was trained with.
func (r *Recognizer) NewDoc(lex Lexicon) *Doc {
	return &Doc{r: r, lex: lex, mem: map[string]int{}}
}

// Recognize returns the named mentions of the document's next sentence,
// words tagged with tags (Penn tags), in order, not overlapping, as the
// document's lexicon mends them (see [mend]). The slice is new.
func (d *Doc) Recognize(words, tags []string) []Span {
	sp, _ := d.recognize(words, tags, false)
	return sp
}

// recognize is [Doc.Recognize]; withSteps, it also returns the step that
// typed each mention: the lexicon where [mend] changed the decoder's type.
func (d *Doc) recognize(words, tags []string, withSteps bool) ([]Span, []Step) {
	info := d.sent.reset(words, tags, d.lex, d.r.clusters, d.mem, d.r.voc)
	scores := make([]float32, len(labels))
	feats := d.feats[:0]
	out := make([]int, len(words))
	p1, p2 := -1, -1
	for i := range words {
		feats = features(feats[:0], info, i, p1, p2)
		d.r.model.Score(feats, scores)
		prev := max(p1, 0)
		out[i] = perceptron.Best(scores, func(l int) bool { return allowed(prev, l) })
		p1, p2 = out[i], p1
	}
	d.feats = feats
	sp := spans(out)
	var raw []Span // the decoder's spans, which mend's lie inside
	var steps []Step
	if withSteps {
		raw = slices.Clone(sp)
	}
	sp = mend(words, d.lex, sp)
	remember(d.mem, info, sp)
	if withSteps {
		steps = make([]Step, len(sp))
		for j, m := range sp {
			for _, o := range raw {
				if o.Start <= m.Start && m.End <= o.End && o.Type != m.Type {
					steps[j] = ByLexicon
				}
			}
		}
	}
	return sp, steps
}

// spans turns BIO labels into spans.
func spans(out []int) []Span {
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

// docVocab counts, for each lower-case word, whether the document holds it
// in lower case and whether capitalised after a sentence's first word.
func docVocab(doc []Sentence) map[string][2]int32 {
	out := map[string][2]int32{}
	for _, s := range doc {
		for i, w := range s.Words {
			lw := strings.ToLower(w)
			c := out[lw]
			if lw == w {
				c[0] = 1
			} else if i > 0 {
				c[1] = 1
			}
			out[lw] = c
		}
	}
	return out
}

// voc returns [Meta.Vocab]'s counts for lower-case word w.
func (r *Recognizer) voc(w string) [2]int32 { return r.meta.Vocab[w] }
