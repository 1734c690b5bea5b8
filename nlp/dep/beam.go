package dep

import (
	"cmp"
	"math"
	"slices"

	"github.com/kg-project/kg/nlp/perceptron"
)

// A step says how one item of a beam was made from the items of the step
// before: its parent's index there, the move applied (-1 when the parent
// was terminal and is carried on unchanged) and the item's score, the sum
// of its moves' scores.
type step struct {
	parent, move int
	score        float32
	gold         bool // in training: the item is a prefix of the gold sequence
}

// A beam holds the best partial parses of one sentence (beam search:
// Zhang and Clark 2008, Zhang and Nivre 2011). Parsers that differ only in
// their last moves share nothing but are copied: sentences are short.
type beam struct {
	cur, next []*state // cur[:len(items)] are the live items
	items     []step
	cands     []step
	live      []*state  // the items to extend
	scores    []float32 // their moves' scores
	// In training: the gold sequence's state and moves, and the items of
	// every step.
	gold  state
	golds []int
	hist  [][]step
	feats []uint64
}

// start makes the beam hold the initial state of n words alone.
func (b *beam) start(n int) {
	if len(b.cur) == 0 {
		b.cur = append(b.cur, new(state))
	}
	b.cur[0].reset(n)
	b.items = append(b.items[:0], step{parent: -1, move: -1, gold: true})
}

// done reports whether every item is terminal.
func (b *beam) done() bool {
	for i := range b.items {
		if !b.cur[i].terminal() {
			return false
		}
	}
	return true
}

// advance extends every item by each of its valid moves, scored all at
// once by score (as [scorer.scoreAll] does), and keeps the k best; a
// terminal item is carried on as it is. gm is the
// gold sequence's move at this step (-1 once it is terminal), which marks
// the items that are gold prefixes. Ties keep the earlier item and the
// lower move, so the result depends only on the scores.
func (b *beam) advance(k int, score func([]*state, []float32), gm int) {
	b.live = b.live[:0]
	for i := range b.items {
		if st := b.cur[i]; !st.terminal() {
			b.live = append(b.live, st)
		}
	}
	b.scores = grow(b.scores, len(b.live)*numMoves)
	score(b.live, b.scores)
	b.cands = b.cands[:0]
	j := 0
	for i, it := range b.items {
		st := b.cur[i]
		if st.terminal() {
			b.cands = append(b.cands, step{i, -1, it.score, it.gold && gm == -1})
			continue
		}
		sc := b.scores[j*numMoves : (j+1)*numMoves]
		j++
		for m := range numMoves {
			if st.valid(m) {
				b.cands = append(b.cands, step{i, m, it.score + sc[m], it.gold && m == gm})
			}
		}
	}
	slices.SortStableFunc(b.cands, func(x, y step) int { return cmp.Compare(y.score, x.score) })
	keep := min(k, len(b.cands))
	for len(b.next) < keep {
		b.next = append(b.next, new(state))
	}
	for j, c := range b.cands[:keep] {
		st := b.next[j]
		st.copyFrom(b.cur[c.parent])
		if c.move >= 0 {
			st.apply(c.move)
		}
	}
	b.items = append(b.items[:0], b.cands[:keep]...)
	b.cur, b.next = b.next, b.cur
}

// parse runs a beam of width k over a sentence of n words and returns the
// best terminal state.
func (b *beam) parse(n, k int, score func([]*state, []float32)) *state {
	b.start(n)
	for !b.done() {
		b.advance(k, score, -1)
	}
	return b.cur[0]
}

// learn runs a beam of width k over sentence s with gold (projective) tree
// g and updates t by max-violation (Huang, Fayong and Guo 2012): at the
// step where the best item outscores the gold sequence's prefix by most,
// the gold prefix's moves are rewarded and the best item's penalised.
func (b *beam) learn(t *perceptron.Trainer, s *sentence, g []int, k int) {
	n := len(s.w) - 1
	score := func(sts []*state, out []float32) {
		for j, st := range sts {
			b.feats = features(b.feats[:0], st, s)
			t.Score(b.feats, out[j*numMoves:(j+1)*numMoves])
		}
	}
	b.start(n)
	b.gold.reset(n)
	b.golds, b.hist = b.golds[:0], b.hist[:0]
	var goldScore float32
	worst, at := float32(math.Inf(-1)), -1
	for i := 0; !b.done() || !b.gold.terminal(); i++ {
		gm := -1
		if !b.gold.terminal() {
			gm = oracleMove(&b.gold, g)
			var gs [numMoves]float32
			score([]*state{&b.gold}, gs[:])
			goldScore += gs[gm]
			b.gold.apply(gm)
		}
		b.golds = append(b.golds, gm)
		b.advance(k, score, gm)
		if len(b.hist) <= i {
			b.hist = append(b.hist, nil)
		}
		b.hist[i] = append(b.hist[i][:0], b.items...)
		t.Tick()
		if best := b.items[0]; !best.gold && best.score-goldScore > worst {
			worst, at = best.score-goldScore, i
		}
	}
	if at < 0 {
		return
	}
	b.replay(t, s, b.golds[:at+1], 1)
	pred := b.golds[:0] // reused: the gold moves are applied
	pred = slices.Grow(pred, at+1)[:at+1]
	for i, j := at, 0; i >= 0; i-- {
		it := b.hist[i][j]
		pred[i], j = it.move, it.parent
	}
	b.replay(t, s, pred, -1)
}

// replay applies moves from the initial state of s and adds d to the
// weights of each move's features in its state.
func (b *beam) replay(t *perceptron.Trainer, s *sentence, moves []int, d float64) {
	st := &b.gold
	st.reset(len(s.w) - 1)
	for _, m := range moves {
		if m < 0 {
			break
		}
		b.feats = features(b.feats[:0], st, s)
		t.Add(b.feats, m, d)
		st.apply(m)
	}
}

// oracleMove returns the static oracle's move in a state of the gold
// sequence for projective tree g: the first move of left arc, right arc,
// reduce and shift that loses the fewest gold arcs (none, unless g gives
// the root more than one dependent).
func oracleMove(st *state, g []int) int {
	best, bestCost := -1, 1<<30
	for _, m := range [...]int{left, right, reduce, shift} {
		if !st.valid(m) {
			continue
		}
		if c := st.cost(m, g); c < bestCost {
			best, bestCost = m, c
		}
	}
	return best
}
