// Package tag assigns part-of-speech tags to tokenised English sentences:
// Penn Treebank tags (XPOS) and Universal Dependencies tags (UPOS), chosen
// together by a greedy left-to-right averaged perceptron with an exact-word
// dictionary for frequent unambiguous words (the design of Collins 2002 and
// of Honnibal's "A good part-of-speech tagger in about 200 lines").
//
// A [Tagger] is trained from treebank sentences with [Train], written with
// [Tagger.WriteTo] and read with [Read]; kg's own trained model is in
// package nlp/model. A Tagger is safe for concurrent use.
package tag

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/kg-project/kg/nlp/perceptron"
)

// A Tagger tags sentences.
type Tagger struct {
	meta  Meta
	upos  []string // by class
	xpos  []string // by class
	dict  map[string]int
	model *perceptron.Model
	lex   *lexicon   // of model
	prev  *prevRows  // of model
	work  *sync.Pool // of *work
}

// Meta describes a trained model: what it was trained on and how.
type Meta struct {
	// FeatureVersion is the feature set the model was trained with.
	FeatureVersion int `json:"feature_version"`
	// Classes are the joint tags "XPOS UPOS" in class order.
	Classes []string `json:"classes"`
	// Dict maps frequent unambiguous words to their class.
	Dict map[string]int `json:"dict"`
	// Epochs and Seed are the training settings.
	Epochs int    `json:"epochs"`
	Seed   uint64 `json:"seed"`
	// Members is the number of models, trained with seeds Seed, Seed+1,
	// ..., whose weights were averaged (0: one).
	Members int `json:"members,omitempty"`
	// Data names the training files with their SHA-256 checksums.
	Data []string `json:"data"`
}

// A Word is a training word: its form and gold tags.
type Word struct {
	Form, XPOS, UPOS string
}

// Options control training.
type Options struct {
	// Epochs is the number of passes over the data.
	Epochs int
	// Seed seeds the shuffle of sentences between epochs.
	Seed uint64
	// Data is recorded in the model's Meta.
	Data []string
	// Members, when above 1, is the number of taggers trained, with seeds
	// Seed, Seed+1, ... (each but the first shuffling the sentences before
	// its first pass too), whose weights are averaged ([perceptron.Mean]).
	Members int
}

// Train learns a Tagger from sentences of gold-tagged words. The result
// depends only on the sentences and opts.
func Train(sents [][]Word, opts Options) *Tagger {
	classOf := map[string]int{}
	var classes []string
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s {
			k := w.XPOS + " " + w.UPOS
			c, ok := classOf[k]
			if !ok {
				c = len(classes)
				classOf[k] = c
				classes = append(classes, k)
			}
			if counts[w.Form] == nil {
				counts[w.Form] = map[int]int{}
			}
			counts[w.Form][c]++
		}
	}
	dict := map[string]int{}
	for form, byClass := range counts {
		total, best, bestN := 0, -1, 0
		for c, n := range byClass {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= 20 && float64(bestN)/float64(total) >= 0.995 {
			dict[form] = best
		}
	}
	t := &Tagger{meta: Meta{FeatureVersion: FeatureVersion, Classes: classes, Dict: dict, Epochs: opts.Epochs, Seed: opts.Seed, Data: opts.Data}}
	if opts.Members > 1 {
		t.meta.Members = opts.Members
	}
	t.setClasses()
	members := max(opts.Members, 1)
	models := make([]*perceptron.Model, members)
	for k := range members {
		models[k] = trainOne(sents, classOf, dict, opts.Epochs, opts.Seed+uint64(k), k > 0)
	}
	t.model = models[0]
	if members > 1 {
		t.model = perceptron.Mean(models...)
	}
	t.dict = dict
	t.lex, t.prev = newLexicon(t.model), newPrevRows(t.model)
	return t
}

// trainOne trains the perceptron of a tagger of classes classOf and
// dictionary dict on sents for epochs passes, the sentences shuffled with
// seed between passes, and before the first if shuffle is set, and
// returns its averaged weights.
func trainOne(sents [][]Word, classOf, dict map[string]int, epochs int, seed uint64, shuffle bool) *perceptron.Model {
	tr := perceptron.NewTrainer(len(classOf))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x6b67))
	if shuffle {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	scores := make([]float32, len(classOf))
	var feats []uint64
	var info []wordInfo
	for range epochs {
		for _, si := range order {
			s := sents[si]
			info = info[:0]
			for _, w := range s {
				info = append(info, wordAttrs(w.Form))
			}
			p1, p2 := -1, -1
			for i, w := range s {
				gold := classOf[w.XPOS+" "+w.UPOS]
				guess, ok := dict[w.Form]
				if !ok {
					feats = features(feats[:0], info, i, p1, p2)
					tr.Score(feats, scores)
					guess = perceptron.Best(scores, nil)
					tr.Update(feats, gold, guess)
					tr.Tick()
				}
				p1, p2 = guess, p1
			}
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return tr.Average(0)
}

// setClasses sets what t derives from its classes.
func (t *Tagger) setClasses() {
	t.work = &sync.Pool{New: newWork}
	t.upos = make([]string, len(t.meta.Classes))
	t.xpos = make([]string, len(t.meta.Classes))
	for i, c := range t.meta.Classes {
		t.xpos[i], t.upos[i], _ = strings.Cut(c, " ")
	}
}

// Pruned returns a copy of t without the weights below minAbs in
// magnitude: a smaller, faster model.
func (t *Tagger) Pruned(minAbs float32) *Tagger {
	c := *t
	c.model = t.model.Prune(minAbs)
	c.lex, c.prev = newLexicon(c.model), newPrevRows(c.model)
	return &c
}

// Size returns the number of features and weights of the model.
func (t *Tagger) Size() (features, weights int) { return t.model.Features(), t.model.Weights() }

// Meta returns what the model was trained on.
func (t *Tagger) Meta() Meta { return t.meta }

// Tag returns the Penn Treebank and Universal Dependencies tags of words.
// The returned slices are new, of the length of words.
func (t *Tagger) Tag(words []string) (xpos, upos []string) {
	xpos = make([]string, len(words))
	upos = make([]string, len(words))
	w := t.work.Get().(*work)
	defer t.work.Put(w)
	n := t.model.PackedLen()
	ents := w.ents[:0]
	for _, word := range words {
		ents = append(ents, t.lex.get(word))
	}
	// A word's score sums the rows of its lexicon entries (those of the
	// word and of the words around it, see lexicon), the row of the
	// classes of the two words before it (see prevRows) and the weights of
	// its other features, whole steps of the model's weights in packed rows,
	// for at most 30 features: exact (a word has fewer than
	// perceptron.MaxExact features, so the classes rank as by the
	// model's float scores).
	acc := grow(&w.acc, n)
	feats := w.feats[:0]
	// row returns the packed row of word j (a padding word beyond the
	// sentence) at offset j-i from word i.
	row := func(i, j int) []uint64 {
		e := t.lex.start
		if j >= len(ents) {
			e = t.lex.end
		} else if j >= 0 {
			e = ents[j]
		}
		p := j - i + 2
		return e.rows[p*n : (p+1)*n]
	}
	p1, p2 := -1, -1
	for i, word := range words {
		c, ok := t.dict[word]
		if !ok {
			prev := t.prev.row(p1, p2, grow(&w.prev, n))
			sumRows(acc, row(i, i), row(i, i-1), row(i, i-2), row(i, i+1), row(i, i+2), prev)
			feats = linkFeatures(feats[:0], ents, t.lex.end, i)
			feats = prevWordFeatures(feats, &ents[i].info, p1)
			t.model.AddPacked(feats, acc)
			c = t.model.BestPacked(acc)
		}
		xpos[i], upos[i] = t.xpos[c], t.upos[c]
		p1, p2 = c, p1
	}
	clear(ents) // let the garbage collector have entries the lexicon dropped
	w.ents, w.feats = ents[:0], feats
	return xpos, upos
}

// The packed rows of a word's features sum the weights of at most
// MaxPacked features.
const _ = uint(perceptron.MaxPacked - (maxPlaceFeatures + maxLinkFeatures + numPrevFeatures))

// sumRows sets acc to the sum of the packed rows a, b, c, d, e and f.
func sumRows(acc, a, b, c, d, e, f []uint64) {
	a, b, c, d, e, f = a[:len(acc)], b[:len(acc)], c[:len(acc)], d[:len(acc)], e[:len(acc)], f[:len(acc)]
	for i := range acc {
		acc[i] = a[i] + b[i] + c[i] + d[i] + e[i] + f[i]
	}
}

// grow returns *s resliced to length n, reallocated if it is too short.
func grow[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	*s = (*s)[:n]
	return *s
}

// A work holds what tagging a sentence needs besides the model, kept
// between sentences (in Tagger.work) so that tagging allocates little.
type work struct {
	ents  []*lexEntry
	feats []uint64
	acc   []uint64
	prev  []uint64 // scratch for prevRows.row
	zero  []int32
}

func newWork() any { return new(work) }

const magic = "kg-tagger\n"

// WriteTo writes the tagger as [perceptron.WriteModels] does, with magic
// "kg-tagger\n", its [Meta] and its weights. Equal taggers give equal
// bytes.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	return perceptron.WriteModels(w, magic, t.meta, t.model)
}

// ErrFormat is returned by [Read] for data that is not a tagger model or
// was made for another feature set.
var ErrFormat = errors.New("not a kg tagger model")

// Read reads a tagger written by [Tagger.WriteTo].
func Read(r io.Reader) (*Tagger, error) {
	t := &Tagger{}
	check := func() error {
		if t.meta.FeatureVersion != FeatureVersion {
			return fmt.Errorf("%w: feature set %d, this kg computes feature set %d; retrain with go run ./nlp/train", ErrFormat, t.meta.FeatureVersion, FeatureVersion)
		}
		for w, c := range t.meta.Dict {
			if c < 0 || c >= len(t.meta.Classes) {
				return fmt.Errorf("%w: dictionary word %q has class %d", ErrFormat, w, c)
			}
		}
		return nil
	}
	ms, err := perceptron.ReadModels(r, magic, &t.meta, check, 1)
	if errors.Is(err, perceptron.ErrMagic) {
		return nil, ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("read tagger: %w", err)
	}
	if ms[0].Classes() != len(t.meta.Classes) {
		return nil, fmt.Errorf("%w: %d classes in weights, %d named", ErrFormat, ms[0].Classes(), len(t.meta.Classes))
	}
	t.model, t.dict = ms[0], t.meta.Dict
	t.lex, t.prev = newLexicon(t.model), newPrevRows(t.model)
	t.setClasses()
	return t, nil
}
