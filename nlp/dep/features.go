package dep

import (
	"strings"

	"github.com/kg-project/kg/nlp/perceptron"
)

// FeatureVersion names the feature sets below; a model trained with other
// sets is refused at load. Set 2 dropped set 1's word-distance and
// word-valency pairs (S0w and N0w with the distance or a valency, S0wN0w
// with the distance): as good on GUM dev without them, and fewer look-ups.
const FeatureVersion = 2

// A sentence holds the hashed attributes of each word, index 0 being the
// root: lower-cased form and Penn tag.
type sentence struct {
	w, p []uint64
	form []string
	tag  []string
}

var (
	hRootWord = perceptron.String("-ROOT-")
	hNoneWord = perceptron.String("-NONE-")
)

func newSentence(words, tags []string) *sentence {
	return new(sentence).reset(words, tags)
}

// reset makes s the sentence of words and tags, reusing its slices.
func (s *sentence) reset(words, tags []string) *sentence {
	n := len(words)
	s.w, s.p = grow(s.w, n+1), grow(s.p, n+1)
	s.form, s.tag = grow(s.form, n+1), grow(s.tag, n+1)
	s.w[0], s.p[0], s.form[0], s.tag[0] = hRootWord, hRootWord, "", "ROOT"
	for i := range words {
		s.form[i+1], s.tag[i+1] = words[i], tags[i]
		s.w[i+1] = perceptron.String(strings.ToLower(words[i]))
		s.p[i+1] = perceptron.String(tags[i])
	}
	return s
}

func (s *sentence) word(i int) uint64 {
	if i == none {
		return hNoneWord
	}
	return s.w[i]
}

func (s *sentence) tagOf(i int) uint64 {
	if i == none {
		return hNoneWord
	}
	return s.p[i]
}

// Parser feature templates, after Zhang and Nivre (2011) without label
// features: S0 is the top of the stack, S1 the word below it, N0..N2 the
// front of the buffer; h the head, l/r the leftmost/rightmost child, l2/r2
// the second ones, h2 the head's head; w the word, p the tag, d the
// distance S0-N0, vl/vr the number of left/right children.
const (
	tS0wp uint64 = iota + 100
	tS0w
	tS0p
	tN0wp
	tN0w
	tN0p
	tN1wp
	tN1w
	tN1p
	tN2wp
	tN2w
	tN2p
	tS0wpN0wp
	tS0wpN0w
	tS0wN0wp
	tS0wpN0p
	tS0pN0wp
	tS0wN0w
	tS0pN0p
	tN0pN1p
	tN0pN1pN2p
	tS0pN0pN1p
	tS0hpS0pN0p
	tS0pS0lpN0p
	tS0pS0rpN0p
	tS0pN0pN0lp
	tS0wd // unused since feature set 2, kept so that the others keep their values
	tS0pd
	tN0wd // unused since feature set 2, kept so that the others keep their values
	tN0pd
	tS0wN0wd // unused since feature set 2, kept so that the others keep their values
	tS0pN0pd
	tS0wvr // unused since feature set 2, kept so that the others keep their values
	tS0pvr
	tS0wvl // unused since feature set 2, kept so that the others keep their values
	tS0pvl
	tN0wvl // unused since feature set 2, kept so that the others keep their values
	tN0pvl
	tS0hw
	tS0hp
	tS0lw
	tS0lp
	tS0rw
	tS0rp
	tN0lw
	tN0lp
	tS0h2w
	tS0h2p
	tS0l2w
	tS0l2p
	tS0r2w
	tS0r2p
	tN0l2w
	tN0l2p
	tS0pS0lpS0l2p
	tS0pS0rpS0r2p
	tS0pS0hpS0h2p
	tN0pN0lpN0l2p
	tS1p
	tS1w
	tS1pS0pN0p
	tS0hasHead
	tS1pS0p
)

func dist(a, b int) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d > 10:
		return 11
	case d > 5:
		return 6
	}
	return uint64(d)
}

// Roles of a word in a state whose features read that word alone: S0,
// N0..N2, S0's head, leftmost and rightmost child, N0's leftmost child,
// the second ones and S0's head's head, and S1. Within one sentence the
// features of a word in a role never change, so [Parser.Parse] scores
// them once per word and role.
const (
	rS0 = iota
	rN0
	rN1
	rN2
	rS0h
	rS0l
	rS0r
	rN0l
	rS0h2
	rS0l2
	rS0r2
	rN0l2
	rS1
	numRoles
)

// roleTemplates are the templates of each role: word and tag together,
// word, tag (0: none).
var roleTemplates = [numRoles][3]uint64{
	rS0:   {tS0wp, tS0w, tS0p},
	rN0:   {tN0wp, tN0w, tN0p},
	rN1:   {tN1wp, tN1w, tN1p},
	rN2:   {tN2wp, tN2w, tN2p},
	rS0h:  {0, tS0hw, tS0hp},
	rS0l:  {0, tS0lw, tS0lp},
	rS0r:  {0, tS0rw, tS0rp},
	rN0l:  {0, tN0lw, tN0lp},
	rS0h2: {0, tS0h2w, tS0h2p},
	rS0l2: {0, tS0l2w, tS0l2p},
	rS0r2: {0, tS0r2w, tS0r2p},
	rN0l2: {0, tN0l2w, tN0l2p},
	rS1:   {0, tS1w, tS1p},
}

// roleFeatures appends to dst the features of word i (none for a missing
// word) in role r.
func roleFeatures(dst []uint64, s *sentence, r, i int) []uint64 {
	h := perceptron.Hash
	t := &roleTemplates[r]
	w, p := s.word(i), s.tagOf(i)
	if t[0] != 0 {
		dst = append(dst, h(h(t[0], w), p))
	}
	return append(dst, h(t[1], w), h(t[2], p))
}

// roles returns the word in each role in st (none where there is none).
func roles(st *state) [numRoles]int {
	var r [numRoles]int
	s0 := st.s0()
	r[rS0] = s0
	r[rS1] = none
	if len(st.stack) > 1 {
		r[rS1] = st.stack[len(st.stack)-2]
	}
	r[rN0], r[rN1], r[rN2] = none, none, none
	if st.b <= st.n {
		r[rN0] = st.b
	}
	if st.b+1 <= st.n {
		r[rN1] = st.b + 1
	}
	if st.b+2 <= st.n {
		r[rN2] = st.b + 2
	}
	at := func(a []int, i int) int {
		if i == none {
			return none
		}
		return a[i]
	}
	n0 := r[rN0]
	r[rS0h] = at(st.head, s0)
	r[rS0h2] = at(st.head, r[rS0h])
	r[rS0l], r[rS0l2] = at(st.l1, s0), at(st.l2, s0)
	r[rS0r], r[rS0r2] = at(st.r1, s0), at(st.r2, s0)
	r[rN0l], r[rN0l2] = at(st.l1, n0), at(st.l2, n0)
	return r
}

// features appends all the features of st to dst: those of each role's
// word and those of [pairFeatures].
func features(dst []uint64, st *state, s *sentence) []uint64 {
	rs := roles(st)
	for r, i := range rs {
		dst = roleFeatures(dst, s, r, i)
	}
	return pairFeatures(dst, st, s, &rs)
}

// pairFeatures appends to dst the features of st that read more than one
// word, or a word and the state: word and tag pairs and triples,
// distances, valencies; rs are the roles' words.
func pairFeatures(dst []uint64, st *state, s *sentence, rs *[numRoles]int) []uint64 {
	h := perceptron.Hash
	h2 := func(t, a, b uint64) uint64 { return h(h(t, a), b) }
	h3 := func(t, a, b, c uint64) uint64 { return h(h(h(t, a), b), c) }
	s0, n0 := rs[rS0], rs[rN0]
	S0p, N0p := s.tagOf(s0), s.tagOf(n0)
	pre := prefixes(s.word(s0), S0p)
	dst = wordPairFeatures(dst, &pre, s.word(n0), N0p)
	N1p, N2p := s.tagOf(rs[rN1]), s.tagOf(rs[rN2])
	S0hp, S0h2p := s.tagOf(rs[rS0h]), s.tagOf(rs[rS0h2])
	S0lp, S0l2p := s.tagOf(rs[rS0l]), s.tagOf(rs[rS0l2])
	S0rp, S0r2p := s.tagOf(rs[rS0r]), s.tagOf(rs[rS0r2])
	N0lp, N0l2p := s.tagOf(rs[rN0l]), s.tagOf(rs[rN0l2])
	S1p := s.tagOf(rs[rS1])
	d := uint64(0)
	if n0 != none {
		d = dist(s0, n0)
	}
	vr, vl := uint64(st.nr[s0]), uint64(st.nl[s0])
	n0vl := uint64(0)
	if n0 != none {
		n0vl = uint64(st.nl[n0])
	}
	hasHead := uint64(0)
	if st.head[s0] != none {
		hasHead = 1
	}
	return append(dst,
		h2(tS0pN0p, S0p, N0p),
		h2(tN0pN1p, N0p, N1p),
		h3(tN0pN1pN2p, N0p, N1p, N2p),
		h3(tS0pN0pN1p, S0p, N0p, N1p),
		h3(tS0hpS0pN0p, S0hp, S0p, N0p),
		h3(tS0pS0lpN0p, S0p, S0lp, N0p),
		h3(tS0pS0rpN0p, S0p, S0rp, N0p),
		h3(tS0pN0pN0lp, S0p, N0p, N0lp),
		h2(tS0pd, S0p, d),
		h2(tN0pd, N0p, d),
		h3(tS0pN0pd, S0p, N0p, d),
		h2(tS0pvr, S0p, vr),
		h2(tS0pvl, S0p, vl),
		h2(tN0pvl, N0p, n0vl),
		h3(tS0pS0lpS0l2p, S0p, S0lp, S0l2p),
		h3(tS0pS0rpS0r2p, S0p, S0rp, S0r2p),
		h3(tS0pS0hpS0h2p, S0p, S0hp, S0h2p),
		h3(tN0pN0lpN0l2p, N0p, N0lp, N0l2p),
		h3(tS1pS0pN0p, S1p, S0p, N0p),
		h2(tS0hasHead, hasHead, S0p),
		h2(tS1pS0p, S1p, S0p),
	)
}

// wordPairFeatures appends to dst the features of [pairFeatures] that
// read words: those of S0 and N0 together, the first of pairFeatures'
// list, in its order, given the hashes of S0 that they start with
// ([s0Prefixes]) and N0's word and tag hashes.
func wordPairFeatures(dst []uint64, pre *s0Prefixes, N0w, N0p uint64) []uint64 {
	h := perceptron.Hash
	return append(dst,
		h(h(pre[0], N0w), N0p),
		h(pre[1], N0w),
		h(h(pre[2], N0w), N0p),
		h(pre[3], N0p),
		h(h(pre[4], N0w), N0p),
		h(pre[5], N0w),
	)
}

// s0Prefixes are the hashes of S0's word and tag that the features of
// [wordPairFeatures] start with: S0wpN0wp, S0wpN0w, S0wN0wp, S0wpN0p,
// S0pN0wp and S0wN0w.
type s0Prefixes [6]uint64

// prefixes returns the s0Prefixes of a word of form and tag hashes S0w
// and S0p.
func prefixes(S0w, S0p uint64) s0Prefixes {
	h := perceptron.Hash
	return s0Prefixes{
		h(h(tS0wpN0wp, S0w), S0p),
		h(h(tS0wpN0w, S0w), S0p),
		h(tS0wN0wp, S0w),
		h(h(tS0wpN0p, S0w), S0p),
		h(tS0pN0wp, S0p),
		h(tS0wN0w, S0w),
	}
}

// Labeller feature templates: d is the dependent, h its head.
const (
	lBias uint64 = iota + 300
	lDw
	lDp
	lHw
	lHp
	lHpDp
	lHpDpDir
	lHwDp
	lHpDw
	lDirDist
	lHpDpDist
	lDChildW
	lHChildW
	lHhp
	lDlp
	lDrp
	lDFirst
	lDpDir
	lHpDir
	lDwDir
	lHwDw
	lDChildP
	lHSibDir
	lPrevW
	lNextW
)

// labelFeatures appends the features for the relation of word d to its
// head in the finished tree heads, whose children lists are kids.
func labelFeatures(dst []uint64, s *sentence, heads []int, kids [][]int, d int) []uint64 {
	h := perceptron.Hash
	h2 := func(t, a, b uint64) uint64 { return h(h(t, a), b) }
	h3 := func(t, a, b, c uint64) uint64 { return h(h(h(t, a), b), c) }
	hd := heads[d]
	dir, dd := arc(d, hd)
	dw, dp, hw, hp := s.w[d], s.p[d], s.w[hd], s.p[hd]
	dst = append(dst,
		h(lBias, 0), h(lDw, dw), h(lDp, dp), h(lHw, hw), h(lHp, hp),
		h2(lHpDp, hp, dp), h3(lHpDpDir, hp, dp, dir), h2(lHwDp, hw, dp), h2(lHpDw, hp, dw),
		h2(lDirDist, dir, dd), h3(lHpDpDist, hp, dp, h(dir, dd)),
		h(lHhp, s.tagOf(headOf(heads, hd))), h2(lDpDir, dp, dir), h2(lHpDir, hp, dir), h2(lDwDir, dw, dir),
		h2(lHwDw, hw, dw),
	)
	return labelContextFeatures(dst, s, heads, kids, d, dir)
}

// arc returns the direction of the arc from word d to its head hd (0:
// the head follows, 1: it precedes, 2: the root) and their distance.
func arc(d, hd int) (dir, dd uint64) {
	if hd > d {
		dir = 1
	}
	if hd == 0 {
		dir = 2
	}
	return dir, dist(d, hd)
}

// headOf returns the head of word hd in heads, none for the root.
func headOf(heads []int, hd int) int {
	if hd == 0 {
		return none
	}
	return heads[hd]
}

// Of the features of [labelFeatures], the bias and those that read only
// the head's and the dependent's tags and the arc's direction and
// distance are labelTagFeatures (they have the same weights in every
// sentence, which [Parser.Parse] keeps summed for each value); the others
// are labelWordFeatures.

// labelTagFeatures appends to dst the features of an arc of direction dir
// and distance dd from a dependent of tag hash dp to a head of tag hash
// hp.
func labelTagFeatures(dst []uint64, hp, dp, dir, dd uint64) []uint64 {
	h := perceptron.Hash
	h2 := func(t, a, b uint64) uint64 { return h(h(t, a), b) }
	h3 := func(t, a, b, c uint64) uint64 { return h(h(h(t, a), b), c) }
	return append(dst,
		h(lBias, 0), h(lDp, dp), h(lHp, hp),
		h2(lHpDp, hp, dp), h3(lHpDpDir, hp, dp, dir),
		h2(lDirDist, dir, dd), h3(lHpDpDist, hp, dp, h(dir, dd)),
		h2(lDpDir, dp, dir), h2(lHpDir, hp, dir),
	)
}

// numLabelTagFeatures is the number of features of labelTagFeatures.
const numLabelTagFeatures = 9

// labelWordFeatures appends to dst the features of [labelFeatures] for
// word d that are not labelTagFeatures.
func labelWordFeatures(dst []uint64, s *sentence, heads []int, kids [][]int, d int) []uint64 {
	h := perceptron.Hash
	h2 := func(t, a, b uint64) uint64 { return h(h(t, a), b) }
	hd := heads[d]
	dir, _ := arc(d, hd)
	dw, dp, hw, hp := s.w[d], s.p[d], s.w[hd], s.p[hd]
	dst = append(dst,
		h(lDw, dw), h(lHw, hw), h2(lHwDp, hw, dp), h2(lHpDw, hp, dw),
		h(lHhp, s.tagOf(headOf(heads, hd))), h2(lDwDir, dw, dir), h2(lHwDw, hw, dw),
	)
	return labelContextFeatures(dst, s, heads, kids, d, dir)
}

// labelContextFeatures appends to dst the features of [labelFeatures] for
// word d, whose arc has direction dir, that read the words around it and
// the children of it and of its head.
func labelContextFeatures(dst []uint64, s *sentence, heads []int, kids [][]int, d int, dir uint64) []uint64 {
	h := perceptron.Hash
	h2 := func(t, a, b uint64) uint64 { return h(h(t, a), b) }
	h3 := func(t, a, b, c uint64) uint64 { return h(h(h(t, a), b), c) }
	hd := heads[d]
	dp := s.p[d]
	dst = append(dst, h(lPrevW, s.word(d-1)))
	if d+1 < len(s.w) {
		dst = append(dst, h(lNextW, s.w[d+1]))
	}
	if d == 1 {
		dst = append(dst, h(lDFirst, dp))
	}
	kd := kids[d]
	if len(kd) > 0 {
		dst = append(dst, h2(lDlp, dp, s.p[kd[0]]), h2(lDrp, dp, s.p[kd[len(kd)-1]]))
	}
	// Function words among the dependent's children (case markers, "by",
	// auxiliaries, copulas) and the head's other children tell subtypes
	// apart: nsubj:pass, obl:agent, acl:relcl.
	for _, c := range kd {
		if isFunction(s.tag[c]) {
			dst = append(dst, h3(lDChildW, dp, s.w[c], dir))
		}
		dst = append(dst, h2(lDChildP, dp, s.p[c]))
	}
	if hd != 0 {
		for _, c := range kids[hd] {
			if c == d {
				continue
			}
			if isFunction(s.tag[c]) {
				dst = append(dst, h3(lHChildW, dp, s.w[c], dir))
			}
			side := uint64(0)
			if c > d {
				side = 1
			}
			dst = append(dst, h3(lHSibDir, dp, s.p[c], side))
		}
	}
	return dst
}

func isFunction(tag string) bool {
	switch tag {
	case "IN", "TO", "MD", "POS", "DT", "WDT", "WP", "WP$", "WRB", "RP", "EX", "CC",
		"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "PRP", "PRP$":
		return true
	}
	return false
}
