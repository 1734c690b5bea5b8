// Package dep parses tagged English sentences into labelled dependency
// trees in the scheme of Universal Dependencies.
//
// The parser is transition-based: the arc-eager system (Nivre 2003) with a
// greedy averaged perceptron over the rich non-local features of Zhang and
// Nivre (2011), trained with a dynamic oracle and error exploration
// (Goldberg and Nivre 2012). A second perceptron then labels each arc of
// the finished tree, reading the dependent's and the head's other children
// (so that "by" under an oblique gives obl:agent, "was" beside a subject
// nsubj:pass). Parsing a sentence of n words takes at most 2n decisions.
//
// A parser may also carry a move classifier trained for beam search
// (Zhang and Clark 2008) with max-violation updates (Huang, Fayong and
// Guo 2012), written and read apart ([Parser.WriteBeamTo],
// [Parser.ReadBeam]): [Parser.WithBeam] parses with it, more accurately
// and a few times slower.
//
// A [Parser] is trained from treebank sentences with [Train], written with
// [Parser.WriteTo] and read with [Read]; kg's own trained model is in
// package nlp/model. A Parser is safe for concurrent use.
package dep

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/kg-project/kg/nlp/perceptron"
)

// A Parser parses sentences.
type Parser struct {
	meta    Meta
	moves   *perceptron.Model // trained greedily, for width 1
	wide    *perceptron.Model // trained with a beam (nil if none), for wider beams
	beam    BeamMeta          // describes wide
	labeler *perceptron.Model
	// tags and wideTags hold the weights of moves' and wide's features
	// that read only tags (nil if wide is).
	tags, wideTags *tagTables
	// lex and wideLex hold the sums of moves' and wide's role features
	// (nil if wide is).
	lex, wideLex *roleLexicon
	// labelRows holds the summed weights of labeler's labelTagFeatures
	// ([Parser.labelRow]).
	labelRows *perceptron.Cache[[4]uint64, []uint64]
	root      int        // the class of the root relation, -1 if none
	width     int        // the beam's width; 1 parses greedily
	work      *sync.Pool // of *work
}

// setup sets what p derives from its labels.
func (p *Parser) setup() *Parser {
	p.root = slices.Index(p.meta.Labels, "root")
	p.tags, p.wideTags = newTagTables(p.moves), nil
	p.lex, p.wideLex = newRoleLexicon(), nil
	p.labelRows = newLabelRows()
	if p.wide != nil {
		p.wideTags, p.wideLex = newTagTables(p.wide), newRoleLexicon()
	}
	p.width = 1
	p.work = &sync.Pool{New: newWork}
	return p
}

// Meta describes a trained model.
type Meta struct {
	// FeatureVersion is the feature set the model was trained with.
	FeatureVersion int `json:"feature_version"`
	// Labels are the dependency relations in class order.
	Labels []string `json:"labels"`
	// Epochs, Explore and Seed are the training settings.
	Epochs  int     `json:"epochs"`
	Explore float64 `json:"explore"`
	Seed    uint64  `json:"seed"`
	// Members is the number of models, trained with seeds Seed, Seed+1,
	// ..., whose weights were averaged (0: one).
	Members int `json:"members,omitempty"`
	// Data names the training files with their SHA-256 checksums.
	Data []string `json:"data"`
}

// BeamMeta describes the move classifier trained for beam search, which
// is kept apart ([Parser.WriteBeamTo], [Parser.ReadBeam]) so that a greedy
// parser does not load it.
type BeamMeta struct {
	FeatureVersion int `json:"feature_version"`
	// Width is the width of the beam it was trained with, 0 if the
	// parser has no such classifier.
	Width int `json:"width"`
	// Epochs is the number of passes of its training.
	Epochs int `json:"epochs"`
	// Data names the training files with their SHA-256 checksums.
	Data []string `json:"data"`
}

// A Sentence is a training sentence: words, their tags, and the gold tree
// (Heads[i] is the 1-based head of word i+1, 0 for the root).
type Sentence struct {
	Words, Tags []string
	Heads       []int
	Rels        []string
}

// Options control training.
type Options struct {
	// Epochs is the number of passes over the data.
	Epochs int
	// Explore is the probability, from the second epoch on, of following
	// the model's own wrong move instead of the oracle's.
	Explore float64
	// Seed seeds the shuffles and the exploration.
	Seed uint64
	// Data is recorded in the model's Meta.
	Data []string
	// Beam, when above 1, trains a second move classifier, for parsing
	// with a beam ([Parser.WithBeam]), with a beam of that width and
	// max-violation updates on the static oracle's sequence, beside the
	// greedy one, trained with the dynamic oracle.
	Beam int
	// BeamEpochs, when above 0, is the number of passes of the beam's
	// training (Epochs otherwise); the greedy classifier and the
	// labeller make Epochs passes either way, in the same order.
	BeamEpochs int
	// Members, when above 1, is the number of greedy move classifiers
	// and labellers trained, with seeds Seed, Seed+1, ..., whose weights
	// are averaged ([perceptron.Mean]): a soft vote at the cost of one.
	Members int
}

// Train learns a Parser from sentences. Non-projective trees are made
// projective (each crossing arc lifted to the head's head) for the arc
// decisions; the labeller learns from the original trees. The result
// depends only on the sentences and opts.
func Train(sents []Sentence, opts Options) *Parser {
	labelOf := map[string]int{}
	var labels []string
	for _, s := range sents {
		for _, r := range s.Rels {
			if _, ok := labelOf[r]; !ok {
				labelOf[r] = len(labels)
				labels = append(labels, r)
			}
		}
	}
	p := &Parser{meta: Meta{FeatureVersion: FeatureVersion, Labels: labels, Epochs: opts.Epochs, Explore: opts.Explore, Seed: opts.Seed, Data: opts.Data}}
	if opts.Members > 1 {
		p.meta.Members = opts.Members
	}
	var wide *perceptron.Trainer
	epochs := opts.Epochs
	if opts.Beam > 1 {
		p.beam = BeamMeta{FeatureVersion: FeatureVersion, Width: opts.Beam, Epochs: opts.Epochs, Data: opts.Data}
		if opts.BeamEpochs > 0 {
			p.beam.Epochs = opts.BeamEpochs
		}
		wide = perceptron.NewTrainer(numMoves)
		epochs = max(epochs, p.beam.Epochs)
	}
	gold := make([][]int, len(sents))
	for i, s := range sents {
		gold[i] = projectivize(append([]int{none}, s.Heads...))
	}
	members := max(opts.Members, 1)
	moves := make([]*perceptron.Model, members)
	labs := make([]*perceptron.Model, members)
	for k := range members {
		// Member k learns with seed Seed+k; the first also trains the
		// beam's classifier, in the same passes.
		mt, lt := perceptron.NewTrainer(numMoves), perceptron.NewTrainer(len(labels))
		if k == 0 {
			trainGreedy(sents, gold, labelOf, opts, opts.Seed, mt, lt, wide, p.beam.Epochs, epochs)
		} else {
			trainGreedy(sents, gold, labelOf, opts, opts.Seed+uint64(k), mt, lt, nil, 0, opts.Epochs)
		}
		moves[k], labs[k] = mt.Average(0), lt.Average(0)
	}
	p.moves, p.labeler = moves[0], labs[0]
	if members > 1 {
		p.moves, p.labeler = perceptron.Mean(moves...), perceptron.Mean(labs...)
	}
	if wide != nil {
		p.wide = wide.Average(0)
	}
	return p.setup()
}

// trainGreedy trains moves, the greedy move classifier, with the dynamic
// oracle and exploration, and lab, the labeller, on sents (whose
// projectivised trees are gold) for opts.Epochs passes, shuffled and
// exploring with seed; when wide is not nil, it also trains wide, the
// beam's classifier, in the same passes for its first wideEpochs of
// epochs.
func trainGreedy(sents []Sentence, gold [][]int, labelOf map[string]int, opts Options, seed uint64, moves, lab, wide *perceptron.Trainer, wideEpochs, epochs int) {
	rng := rand.New(rand.NewPCG(seed, 0x646570))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	if seed != opts.Seed {
		// Another member of an ensemble: its first pass too sees the
		// sentences in an order of its own.
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	var feats []uint64
	scores := make([]float32, numMoves)
	lscores := make([]float32, len(labelOf))
	st := newState(0)
	var bm beam
	for epoch := range epochs {
		for _, si := range order {
			s := sents[si]
			g := gold[si]
			sent := newSentence(s.Words, s.Tags)
			st.reset(len(s.Words))
			if wide != nil && epoch < wideEpochs {
				bm.learn(wide, sent, g, opts.Beam)
			}
			if epoch >= opts.Epochs {
				continue
			}
			for !st.terminal() {
				feats = features(feats[:0], st, sent)
				moves.Score(feats, scores)
				pred := perceptron.Best(scores, st.valid)
				best, bestCost := -1, 1<<30
				for m := range numMoves {
					if !st.valid(m) {
						continue
					}
					c := st.cost(m, g)
					if c < bestCost || (c == bestCost && scores[m] > scores[best]) {
						best, bestCost = m, c
					}
				}
				next := best
				if st.cost(pred, g) > bestCost {
					moves.Update(feats, best, pred)
					if epoch > 0 && rng.Float64() < opts.Explore {
						next = pred
					}
				} else {
					next = pred
				}
				moves.Tick()
				st.apply(next)
			}
			// The labeller learns on the gold tree.
			heads := append([]int{none}, s.Heads...)
			kids := children(heads)
			for d := 1; d <= len(s.Words); d++ {
				feats = labelFeatures(feats[:0], sent, heads, kids, d)
				lab.Score(feats, lscores)
				lab.Update(feats, labelOf[s.Rels[d-1]], perceptron.Best(lscores, nil))
				lab.Tick()
			}
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
}

// Pruned returns a copy of p without the weights below minAbs in
// magnitude: a smaller, faster model.
func (p *Parser) Pruned(minAbs float32) *Parser {
	c := *p
	c.moves, c.labeler = p.moves.Prune(minAbs), p.labeler.Prune(minAbs)
	c.tags, c.lex, c.labelRows = newTagTables(c.moves), newRoleLexicon(), newLabelRows()
	if p.wide != nil {
		c.wide = p.wide.Prune(minAbs)
		c.wideTags, c.wideLex = newTagTables(c.wide), newRoleLexicon()
	}
	return &c
}

// Size returns the number of features and weights of the model.
func (p *Parser) Size() (features, weights int) {
	features, weights = p.moves.Features()+p.labeler.Features(), p.moves.Weights()+p.labeler.Weights()
	if p.wide != nil {
		features, weights = features+p.wide.Features(), weights+p.wide.Weights()
	}
	return features, weights
}

// WithBeam returns a copy of p that parses with a beam of width k (1,
// the default: greedily). Wider beams use the move classifier trained
// with a beam (of width BeamMeta().Width) when p has one: more
// accurate, and slower.
func (p *Parser) WithBeam(k int) *Parser {
	c := *p
	c.width = max(k, 1)
	return &c
}

// Beam returns the width of the beam p parses with.
func (p *Parser) Beam() int { return p.width }

// BeamMeta describes p's move classifier for beam search.
func (p *Parser) BeamMeta() BeamMeta { return p.beam }

// Meta returns what the model was trained on.
func (p *Parser) Meta() Meta { return p.meta }

// Parse returns the dependency tree of words tagged with tags (Penn tags):
// heads[i] is the 1-based head of word i+1, 0 for the root, and rels[i]
// its relation. Every word has exactly one head, exactly one word depends
// on the root, and the tree has no cycle. The returned slices are new.
func (p *Parser) Parse(words, tags []string) (heads []int, rels []string) {
	n := len(words)
	if n == 0 {
		return nil, nil
	}
	w := p.work.Get().(*work)
	defer p.work.Put(w)
	sent := w.sent.reset(words, tags)
	st := &w.st
	st.reset(n)
	m, tt, lex := p.moves, p.tags, p.lex
	if p.width > 1 && p.wide != nil {
		m, tt, lex = p.wide, p.wideTags, p.wideLex
	}
	sc := w.sc.reset(m, tt, lex, sent)
	if p.width > 1 {
		st = w.beam.parse(n, p.width, sc.scoreAll)
	} else {
		for !st.terminal() {
			st.apply(st.best(sc.stepSums(st)))
		}
	}
	st.finish()
	all := st.head
	kids := w.children(all)
	rels = make([]string, n)
	w.lsums = grow(w.lsums, len(p.meta.Labels))
	w.lacc = grow(w.lacc, p.labeler.PackedLen())
	// The words to label, all but the root's dependent, with their
	// labelWordFeatures (feats[ends[j-1]:ends[j]]), fetched at once, and
	// the summed weights of their labelTagFeatures.
	deps, rows := w.deps[:0], w.rows[:0]
	feats, ends := sc.feats[:0], sc.ends[:0]
	for d := 1; d <= n; d++ {
		hd := all[d]
		if hd == 0 {
			rels[d-1] = "root"
			continue
		}
		dir, dd := arc(d, hd)
		rows = append(rows, p.labelRow(sent.p[hd], sent.p[d], dir, dd))
		feats = labelWordFeatures(feats, sent, all, kids, d)
		ends = append(ends, len(feats))
		deps = append(deps, d)
	}
	some := p.labeler.Fetch(feats)
	start := 0
	for j, d := range deps {
		f := feats[start:ends[j]]
		start = ends[j]
		rels[d-1] = p.meta.Labels[p.label(w, sent, all, kids, d, rows[j], f, some)]
	}
	clear(rows)
	w.deps, w.rows, sc.feats, sc.ends = deps, rows[:0], feats, ends
	return append([]int(nil), all[1:]...), rels
}

// labelRow returns the summed weights, as a packed row
// ([perceptron.Model.AddPacked]), of the labelTagFeatures of an arc of
// direction dir and distance dd from a dependent of tag hash dp to a head
// of tag hash hp.
func (p *Parser) labelRow(hp, dp, dir, dd uint64) []uint64 {
	k := [4]uint64{hp, dp, dir, dd}
	h := perceptron.Hash(perceptron.Hash(hp, dp), dir<<8|dd)
	if r := p.labelRows.Find(h, k); r != nil {
		return *r
	}
	var buf [numLabelTagFeatures]uint64
	r := make([]uint64, p.labeler.PackedLen())
	p.labeler.AddPacked(labelTagFeatures(buf[:0], hp, dp, dir, dd), r)
	return *p.labelRows.Put(h, k, r)
}

// label returns the class of the relation of word d to its head in the
// finished tree heads, whose children lists are kids, given the summed
// weights row of its labelTagFeatures and its labelWordFeatures feats,
// which some says may have weights. The weights are summed in whole steps
// (exact) in packed rows of at most MaxPacked features each, or as floats
// when there are too many for whole steps: in either case the labels rank
// as by the model's float scores of labelFeatures.
func (p *Parser) label(w *work, s *sentence, heads []int, kids [][]int, d int, row, feats []uint64, some bool) int {
	if numLabelTagFeatures+len(feats) > perceptron.MaxExact {
		all := labelFeatures(nil, s, heads, kids, d)
		lscores := grow(w.lscores, len(w.lsums))
		p.labeler.Score(all, lscores)
		if p.root >= 0 {
			lscores[p.root] = float32(math.Inf(-1)) // only the root's dependent is root
		}
		w.lscores = lscores
		return perceptron.Best(lscores, nil)
	}
	acc := w.lacc
	copy(acc, row)
	k := min(perceptron.MaxPacked-numLabelTagFeatures, len(feats))
	if some {
		p.labeler.AddPacked(feats[:k], acc)
	}
	if k == len(feats) {
		// All the weights in acc: the best label, if it is not root, is
		// the best of the others too.
		if c := p.labeler.BestPacked(acc); c != p.root {
			return c
		}
	}
	ls := w.lsums
	clear(ls)
	if p.root >= 0 {
		ls[p.root] = math.MinInt32 / 2 // only the root's dependent is root
	}
	for feats = feats[k:]; len(feats) > 0; feats = feats[k:] {
		p.labeler.AddUnpacked(acc, ls)
		clear(acc)
		k = min(perceptron.MaxPacked, len(feats))
		if some {
			p.labeler.AddPacked(feats[:k], acc)
		}
	}
	return p.labeler.BestUnpacked(acc, ls)
}

// A work holds what parsing a sentence needs besides the model, kept
// between sentences (in Parser.work) so that parsing allocates little.
type work struct {
	sent    sentence
	st      state
	sc      scorer
	beam    beam
	kids    [][]int
	deps    []int
	rows    [][]uint64
	lacc    []uint64
	lscores []float32
	lsums   []int32
}

func newWork() any { return new(work) }

// children returns, for each word of heads (index 0 the root), its
// dependents in order, in slices that w reuses.
func (w *work) children(heads []int) [][]int {
	for len(w.kids) < len(heads) {
		w.kids = append(w.kids, nil)
	}
	kids := w.kids[:len(heads)]
	for i := range kids {
		kids[i] = kids[i][:0]
	}
	for d := 1; d < len(heads); d++ {
		if h := heads[d]; h >= 0 {
			kids[h] = append(kids[h], d)
		}
	}
	return kids
}

// grow returns s resliced to length n, reallocated if it is too short.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// A scorer scores the moves of the states of one sentence. The features
// of a word in a role ([roles]) are the same in every state, and in every
// sentence: it reads their sums from a roleLexicon, which it fills with
// the (form, tag) pairs it lacks. The features that read only tags it
// reads from its tagTables. It sums the weights in whole steps of the
// model's weights ([perceptron.Model.SumAll]) and turns the sums into
// scores at the end: the scores are those of [features], exactly, as the
// model's sums do not depend on the order of the features.
type scorer struct {
	m      *perceptron.Model
	tt     *tagTables
	s      *sentence
	stride int // words in a role: the root, the sentence's words and none
	// ids numbers the tags of the words as tt does (index i+1 for word
	// i), when fast says that every tag has a number.
	ids  []uint8
	fast bool
	// ents[i+1] holds the role sums and prefixes of word i (none: -1).
	ents    []*roleEntry
	feats   []uint64
	ends    []int
	pending []int
	sums    []int32
	rs      [][numRoles]int
	tsums   [][numMoves]int32
	msums   [][numMoves]int32
	one     [1]*state
}

// reset prepares c for sentence s, model m, its tag tables tt (nil: none)
// and its role lexicon lex (nil: none), and sums the role features of the
// words lex lacks.
func (c *scorer) reset(m *perceptron.Model, tt *tagTables, lex *roleLexicon, s *sentence) *scorer {
	c.m, c.tt, c.s, c.stride = m, tt, s, len(s.w)+1
	c.ids = grow(c.ids, c.stride)
	c.fast = tt != nil && tt.sentenceIDs(c.ids, s)
	c.ents = grow(c.ents, c.stride)
	c.feats, c.ends, c.pending = c.feats[:0], c.ends[:0], c.pending[:0]
	for i := none; i < len(s.w); i++ {
		w, p := s.word(i), s.tagOf(i)
		e := lex.Find(perceptron.Hash(w, p), [2]uint64{w, p})
		if e == nil {
			for r := range numRoles {
				c.feats = roleFeatures(c.feats, s, r, i)
				c.ends = append(c.ends, len(c.feats))
			}
			c.pending = append(c.pending, i)
		}
		c.ents[i+1] = e
	}
	if len(c.pending) == 0 {
		return c
	}
	c.sums = grow(c.sums, max(len(c.ends), 1+numRoles)*numMoves)
	m.SumAll(c.feats, c.ends, c.sums)
	for j, i := range c.pending {
		w, p := s.word(i), s.tagOf(i)
		e := roleEntry{pre: prefixes(w, p)}
		for r := range numRoles {
			copy(e.sums[r][:], c.sums[(j*numRoles+r)*numMoves:])
		}
		c.ents[i+1] = lex.Put(perceptron.Hash(w, p), [2]uint64{w, p}, e)
	}
	return c
}

// score sets scores to the scores of the moves in st.
func (c *scorer) score(st *state, scores []float32) {
	c.one[0] = st
	c.scoreAll(c.one[:], scores)
}

// stepSums returns the scores of the moves in st in whole steps of the
// model's weights: exact, so the moves rank as by their scores.
func (c *scorer) stepSums(st *state) [numMoves]int32 {
	rs := roles(st)
	var a [numMoves]int32
	if c.fast {
		c.feats, a = c.tt.pairFeatures(c.feats[:0], st, c.s, c.ids, &rs, &c.ents[st.s0()+1].pre)
	} else {
		c.feats = pairFeatures(c.feats[:0], st, c.s, &rs)
	}
	x := c.m.DenseSums(c.feats)
	a[0] += x[0]
	a[1] += x[1]
	a[2] += x[2]
	a[3] += x[3]
	return c.addRoles(a, &rs)
}

// addRoles returns a plus the sums of the words of rs in their roles.
func (c *scorer) addRoles(a [numMoves]int32, rs *[numRoles]int) [numMoves]int32 {
	for r, i := range rs {
		x := &c.ents[i+1].sums[r]
		a[0] += x[0]
		a[1] += x[1]
		a[2] += x[2]
		a[3] += x[3]
	}
	return a
}

// scoreAll sets scores[j*numMoves:(j+1)*numMoves] to the scores of the
// moves in sts[j], fetching the weights of all the states at once.
func (c *scorer) scoreAll(sts []*state, scores []float32) {
	c.sumAll(sts)
	step := c.m.Step()
	for j, a := range c.msums[:len(sts)] {
		sc := (*[numMoves]float32)(scores[j*numMoves:])
		for m, x := range a {
			sc[m] = float32(x) * step
		}
	}
}

// sumAll sets c.msums[j] to the scores of the moves in sts[j] in whole
// steps of the model's weights, fetching the weights of all the states at
// once.
func (c *scorer) sumAll(sts []*state) {
	c.feats, c.ends = c.feats[:0], c.ends[:0]
	c.rs = grow(c.rs, len(sts))
	c.tsums = grow(c.tsums, len(sts))
	c.msums = grow(c.msums, len(sts))
	for j, st := range sts {
		c.rs[j] = roles(st)
		if c.fast {
			c.feats, c.tsums[j] = c.tt.pairFeatures(c.feats, st, c.s, c.ids, &c.rs[j], &c.ents[st.s0()+1].pre)
		} else {
			c.feats, c.tsums[j] = pairFeatures(c.feats, st, c.s, &c.rs[j]), [numMoves]int32{}
		}
		c.ends = append(c.ends, len(c.feats))
	}
	c.sums = grow(c.sums, len(c.ends)*numMoves)
	c.m.SumAll(c.feats, c.ends, c.sums)
	for j := range sts {
		// In registers (the four arc-eager moves).
		a := c.tsums[j]
		x := c.sums[j*numMoves : (j+1)*numMoves : (j+1)*numMoves]
		a[0] += x[0]
		a[1] += x[1]
		a[2] += x[2]
		a[3] += x[3]
		c.msums[j] = c.addRoles(a, &c.rs[j])
	}
}

// children returns, for each word of heads (index 0 the root), its
// dependents in order.
func children(heads []int) [][]int {
	kids := make([][]int, len(heads))
	for d := 1; d < len(heads); d++ {
		if h := heads[d]; h >= 0 {
			kids[h] = append(kids[h], d)
		}
	}
	return kids
}

// projectivize returns a projective version of heads (index 0 the root,
// unused): while some arc crosses another, the dependent of the shortest
// such arc is lifted to its head's head.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	for {
		best, bestLen := -1, 1<<30
		for d := 1; d < len(h); d++ {
			if !projectiveArc(h, d) {
				if l := abs(h[d] - d); l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best < 0 {
			return h
		}
		h[best] = h[h[best]]
	}
}

// projectiveArc reports whether every word between d and its head
// descends from the head.
func projectiveArc(h []int, d int) bool {
	lo, hi := min(d, h[d]), max(d, h[d])
	for k := lo + 1; k < hi; k++ {
		a := k
		for a != 0 && a != h[d] {
			a = h[a]
		}
		if a != h[d] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

const magic = "kg-dep-parser\n"

// WriteTo writes the parser as [perceptron.WriteModels] does, with magic
// "kg-dep-parser\n", its [Meta], and the weights of the greedy move
// classifier and of the labeller. Equal parsers give equal bytes.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	return perceptron.WriteModels(w, magic, p.meta, p.moves, p.labeler)
}

const beamMagic = "kg-dep-beam\n"

// WriteBeamTo writes p's move classifier for beam search as
// [perceptron.WriteModels] does, with magic "kg-dep-beam\n" and its
// [BeamMeta]; it fails if p has none.
func (p *Parser) WriteBeamTo(w io.Writer) (int64, error) {
	if p.wide == nil {
		return 0, errors.New("dep: the parser has no beam classifier")
	}
	return perceptron.WriteModels(w, beamMagic, p.beam, p.wide)
}

// ReadBeam returns a copy of p with the move classifier for beam search
// read from r, as [Parser.WriteBeamTo] wrote it.
func (p *Parser) ReadBeam(r io.Reader) (*Parser, error) {
	c := *p
	check := func() error {
		if c.beam.FeatureVersion != FeatureVersion || c.beam.Width < 2 {
			return fmt.Errorf("%w: beam of width %d, feature set %d, this kg computes feature set %d; retrain with go run ./nlp/train", ErrFormat, c.beam.Width, c.beam.FeatureVersion, FeatureVersion)
		}
		return nil
	}
	ms, err := perceptron.ReadModels(r, beamMagic, &c.beam, check, 1)
	if errors.Is(err, perceptron.ErrMagic) {
		return nil, ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("read parser's beam: %w", err)
	}
	if c.wide = ms[0]; c.wide.Classes() != numMoves {
		return nil, fmt.Errorf("%w: %d moves in the beam's weights", ErrFormat, c.wide.Classes())
	}
	c.wideTags, c.wideLex = newTagTables(c.wide), newRoleLexicon()
	return &c, nil
}

// ErrFormat is returned by [Read] for data that is not a parser model or
// was made for another feature set.
var ErrFormat = errors.New("not a kg parser model")

// Read reads a parser written by [Parser.WriteTo].
func Read(r io.Reader) (*Parser, error) {
	p := &Parser{}
	check := func() error {
		if p.meta.FeatureVersion != FeatureVersion {
			return fmt.Errorf("%w: feature set %d, this kg computes feature set %d; retrain with go run ./nlp/train", ErrFormat, p.meta.FeatureVersion, FeatureVersion)
		}
		return nil
	}
	ms, err := perceptron.ReadModels(r, magic, &p.meta, check, 2)
	if errors.Is(err, perceptron.ErrMagic) {
		return nil, ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("read parser: %w", err)
	}
	p.moves, p.labeler = ms[0], ms[1]
	if p.moves.Classes() != numMoves || p.labeler.Classes() != len(p.meta.Labels) {
		return nil, fmt.Errorf("%w: %d moves and %d labels in weights, %d labels named", ErrFormat, p.moves.Classes(), p.labeler.Classes(), len(p.meta.Labels))
	}
	return p.setup(), nil
}
