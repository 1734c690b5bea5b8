package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// A tagger is prose's averaged-perceptron tagger (prose/v3/tag.Tagger with
// its embedded English model and no lexicon) with the same weights, the
// same features, the same special cases and the same tie-breaking, so it
// gives the same tags; TestTaggerMatchesProse checks that on whole
// treebanks. It differs only in how it finds a feature's weights: prose
// binary-searches 75,000 sorted feature strings, 14 times per token, which
// was 40% of kg's extraction time; this tagger looks them up in a hash map.
//
// A tagger is safe for concurrent use.
type tagger struct {
	classes []string
	// The feature strings, concatenated, and the offsets of each in blob.
	blob    string
	featOff []uint32
	// index is an open-addressing hash table of the features: a slot holds
	// the top 32 bits of a feature's hash and 1 + its number, 0 if empty.
	// It is free of pointers and smaller than a map, so a look-up costs
	// fewer cache misses.
	index []uint64
	seed  maphash.Seed
	// rows holds the weights of each feature, from offset rowOff[f] for
	// feature f: a header, the number of weights n as float32 bits, then
	// the n weights; ids holds the class of each weight at the same
	// offset. One feature's weights are together, in one or two cache
	// lines, and their classes in one: two plain arrays, which Go's
	// compiler reads with fewer instructions than an array of pairs.
	rows   []float32
	ids    []uint8
	rowOff []uint32
	tagMap map[string]uint8 // unambiguous words (tagOne reads them from x)
	x      *featIndex
	pool   sync.Pool
}

// taggerScratch is one call's working space.
type taggerScratch struct {
	scores  [256]float32 // by class (IDs are bytes: no bounds checks)
	key     []byte
	context []string
	// ents[j] is the featIndex entry of context[j], ents[len(context)+j]
	// that of its last three bytes, or unlooked.
	ents []int32
}

// englishTagger decodes prose's embedded English model once per process.
var englishTagger = sync.OnceValues(func() (*tagger, error) {
	return readTagger(aptagmodel.English)
})

// readTagger decodes a model in prose's flat format (documented in prose's
// internal/flat package): magic, version 1, the class names, the feature
// strings with their offsets, the sparse weights and the unambiguous words.
func readTagger(data []byte) (*tagger, error) {
	r := &flatReader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("unsupported tagger model version %d", v)
	}
	t := &tagger{classes: make([]string, r.u32())}
	for i := range t.classes {
		t.classes[i] = r.str16()
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	t.blob = string(r.bytes(blobLen))
	t.featOff = r.u32s(nFeatures + 1)
	pairOff := r.u32s(nFeatures + 1)
	ids := r.bytes(nPairs)
	weights := r.u32s(nPairs)
	nWords := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	t.tagMap = make(map[string]uint8, nWords)
	for range nWords {
		w, id := r.str16(), r.u8()
		t.tagMap[w] = id
	}
	if r.err != nil {
		return nil, r.err
	}
	if int(t.featOff[nFeatures]) != len(t.blob) || int(pairOff[nFeatures]) != nPairs {
		return nil, errors.New("tagger model offsets do not match its data")
	}
	t.rowOff = make([]uint32, nFeatures)
	t.rows = make([]float32, 0, nFeatures+nPairs)
	t.ids = make([]uint8, 0, nFeatures+nPairs)
	for f := range nFeatures {
		lo, hi := pairOff[f], pairOff[f+1]
		if lo > hi || hi > uint32(nPairs) {
			return nil, errors.New("tagger model offsets do not match its data")
		}
		t.rowOff[f] = uint32(len(t.rows))
		t.rows = append(t.rows, math.Float32frombits(hi-lo))
		t.ids = append(t.ids, 0)
		for j := lo; j < hi; j++ {
			t.rows = append(t.rows, math.Float32frombits(weights[j]))
			t.ids = append(t.ids, ids[j])
		}
	}
	size := 1
	for size < 2*nFeatures {
		size *= 2
	}
	t.index = make([]uint64, size)
	t.seed = maphash.MakeSeed()
	for i := range nFeatures {
		h := maphash.String(t.seed, t.blob[t.featOff[i]:t.featOff[i+1]])
		j := h & uint64(size-1)
		for t.index[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		t.index[j] = h>>32<<32 | uint64(i+1)
	}
	for _, id := range ids {
		if int(id) >= len(t.classes) {
			return nil, fmt.Errorf("tagger model has class ID %d of %d classes", id, len(t.classes))
		}
	}
	for _, id := range t.tagMap {
		if int(id) >= len(t.classes) {
			return nil, fmt.Errorf("tagger model has class ID %d of %d classes", id, len(t.classes))
		}
	}
	t.x = newFeatIndex(t, specialTags...)
	t.pool.New = func() any {
		return &taggerScratch{key: make([]byte, 0, 64)}
	}
	return t, nil
}

// flatReader reads little-endian values and remembers the first error.
type flatReader struct {
	b   []byte
	pos int
	err error
}

func (r *flatReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated tagger model: wanted %d bytes at offset %d, have %d", n, r.pos, len(r.b)-r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *flatReader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *flatReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *flatReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *flatReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return make([]uint32, n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

// fill sets s's context to the words of one sentence, normalised,
// between the model's start and end markers, clears its look-ups, and
// returns the context. lower is as [tagger.tags] takes it.
func (s *taggerScratch) fill(words, lower []string) []string {
	need := len(words) + 4
	if cap(s.context) < need {
		s.context = make([]string, need)
		s.ents = make([]int32, 2*need)
	}
	ctx := s.context[:need]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		lw := ""
		if lower != nil {
			lw = lower[i]
		}
		ctx[i+2] = normalizeWord(w, lw)
	}
	ctx[need-2], ctx[need-1] = "-END-", "-END2-"
	s.ents = s.ents[:2*need]
	for j := range s.ents {
		s.ents[j] = unlooked
	}
	return ctx
}

// tags returns the tag of each word of one sentence. lower holds the
// words in lower case, or is nil to have tags lower them.
func (t *tagger) tags(words, lower, tags []string) {
	if len(words) == 0 {
		return
	}
	s := t.pool.Get().(*taggerScratch)
	defer t.pool.Put(s)
	ctx := s.fill(words, lower)
	p1, p2 := "-START-", "-START2-"
	n1, n2 := int(t.x.start), int(t.x.start2)
	for i, w := range words {
		tag, n := t.tagOne(s, i, ctx, w, p1, p2, n1, n2)
		tags[i] = tag
		p2, p1 = p1, tag
		n2, n1 = n1, n
	}
}

// readingScore returns the sum of the scores the model gives each word's
// tag in tags after the two tags before it there: how well the model
// likes one reading of the sentence, whichever tags it would choose
// itself. words and lower are as [tagger.tags] takes them.
func (t *tagger) readingScore(words, lower, tags []string) float32 {
	s := t.pool.Get().(*taggerScratch)
	defer t.pool.Put(s)
	ctx := s.fill(words, lower)
	var sum float32
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		if id := t.predict(s, i, ctx, w, p1, p2, t.x.num(p1), t.x.num(p2)); id >= 0 {
			for c, name := range t.classes {
				if name == tags[i] {
					sum += s.scores[c]
				}
			}
		}
		p2, p1 = p1, tags[i]
	}
	return sum
}

// Penn Treebank traces and bracket literals, passed through unscored (as
// prose does).
var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// specialTags are the tags tagOne gives without the model, besides the
// classes and the word itself.
var specialTags = []string{"-START-", "-START2-", "-", "SYM", "NN", "-NONE-"}

// tagOne returns the tag of word i of the sentence whose context is ctx,
// after tags p1 and p2, and the tag's number in t.x (-1 if it has none);
// n1 and n2 are the numbers of p1 and p2.
func (t *tagger) tagOne(s *taggerScratch, i int, ctx []string, word, p1, p2 string, n1, n2 int) (string, int) {
	switch {
	case word == "-":
		return "-", t.x.num("-")
	case emoticon(word):
		return "SYM", t.x.num("SYM")
	case strings.HasPrefix(word, "@"):
		return "NN", t.x.num("NN")
	case (word == "0" || word != "" && word[0] == '*') && noneRe.MatchString(word):
		return "-NONE-", t.x.num("-NONE-")
	case len(word) == 5 && word[0] == '-' && keepRe.MatchString(word):
		return word, t.x.num(word)
	}
	// The word's entry in t.x tells whether tagMap holds it; most words
	// are their own context word, whose entry predict reads again.
	var e int32
	if word == ctx[min(len(ctx)-3, i+2)] {
		e = s.ent(t.x, ctx, min(len(ctx)-3, i+2))
	} else {
		e = t.x.entry(word)
	}
	if e >= 0 && t.x.entries[e].class >= 0 {
		id := t.x.entries[e].class
		return t.classes[id], int(id)
	}
	id := t.predict(s, i, ctx, word, p1, p2, n1, n2)
	if id < 0 {
		return "", -1
	}
	return t.classes[id], id
}

// unlooked marks an entry of taggerScratch.ents not yet looked up.
const unlooked = -2

// ent returns the featIndex entry of ctx[j].
func (s *taggerScratch) ent(x *featIndex, ctx []string, j int) int32 {
	if s.ents[j] == unlooked {
		s.ents[j] = x.entry(ctx[j])
	}
	return s.ents[j]
}

// sufEnt returns the featIndex entry of the last three bytes of ctx[j].
func (s *taggerScratch) sufEnt(x *featIndex, ctx []string, j int) int32 {
	k := len(ctx) + j
	if s.ents[k] == unlooked {
		if e := s.ent(x, ctx, j); e >= 0 {
			s.ents[k] = x.entries[e].suf
		} else {
			s.ents[k] = x.entry(lastBytes(ctx[j], 3))
		}
	}
	return s.ents[k]
}

// predict returns the class the model gives word i, or -1 if it has no
// classes.
func (t *tagger) predict(s *taggerScratch, i int, ctx []string, word, p1, p2 string, n1, n2 int) int {
	x := t.x
	i = min(len(ctx)-3, i+2)
	// The features and their order are prose's: scores are float32 sums,
	// so the order of additions decides ties and rounding. The first,
	// the bias, gives each score its weight (0 + w is w).
	copy(s.scores[:], x.biasRow)
	suf := int32(-1)
	if word == ctx[i] {
		suf = s.sufEnt(x, ctx, i)
	} else {
		suf = x.entry(lastBytes(word, 3))
	}
	t.add(s, x.feat(suf, fSuf))
	if word != "" {
		t.add(s, x.pref[word[0]])
	} else {
		t.add(s, x.pref0)
	}
	if n1 >= 0 {
		t.add(s, x.prev[n1])
	} else {
		t.feat(s, "i-1 tag ", p1)
	}
	if n2 >= 0 {
		t.add(s, x.prev2[n2])
	} else {
		t.feat(s, "i-2 tag ", p2)
	}
	if n1 >= 0 && n2 >= 0 {
		t.add(s, x.pair[n1*len(x.tagNum)+n2])
	} else {
		t.feat(s, "i tag+i-2 tag ", p1, " ", p2)
	}
	e := s.ent(x, ctx, i)
	t.add(s, x.feat(e, fWord))
	if n1 >= 0 {
		t.add(s, x.tagWordFeat(uint8(n1), e))
	} else {
		t.feat(s, "i-1 tag+i word ", p1, " ", ctx[i])
	}
	t.add(s, x.feat(s.ent(x, ctx, i-1), fWord1))
	t.add(s, x.feat(s.sufEnt(x, ctx, i-1), fSuf1))
	t.add(s, x.feat(s.ent(x, ctx, i-2), fWord2))
	t.add(s, x.feat(s.ent(x, ctx, i+1), fWordN))
	t.add(s, x.feat(s.sufEnt(x, ctx, i+1), fSufN))
	t.add(s, x.feat(s.ent(x, ctx, i+2), fWordN2))
	best, bestID := float32(math.Inf(-1)), -1
	for id, score := range s.scores[:len(t.classes)] {
		if score > best {
			best, bestID = score, id
		}
	}
	return bestID
}

// add adds the weights of the row at offset off of rows (none if -1) to
// the scores.
func (t *tagger) add(s *taggerScratch, off int32) {
	if off < 0 {
		return
	}
	lo := int(off) + 1
	hi := lo + int(math.Float32bits(t.rows[off]))
	// Cut at hi only and index from lo: the compiler then checks the
	// bounds once, and sets up the loop in half the instructions of
	// slicing [lo:hi].
	ws, ids := t.rows[:hi], t.ids[:hi]
	for j := lo; j < len(ws); j++ {
		s.scores[ids[j]] += ws[j]
	}
}

// row returns the row offset of feature f, -1 for none.
func (t *tagger) row(f int) int32 {
	if f < 0 {
		return -1
	}
	return int32(t.rowOff[f])
}

// feat adds the weights of the feature made of parts to the scores.
func (t *tagger) feat(s *taggerScratch, parts ...string) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
	}
	t.add(s, t.row(t.find(s.key)))
}

// find returns the number of the feature key, or -1.
func (t *tagger) find(key []byte) int {
	h := maphash.Bytes(t.seed, key)
	mask := uint64(len(t.index) - 1)
	for j := h & mask; t.index[j] != 0; j = (j + 1) & mask {
		if slot := t.index[j]; slot>>32 == h>>32 {
			f := int(uint32(slot)) - 1
			if t.blob[t.featOff[f]:t.featOff[f+1]] == string(key) {
				return f
			}
		}
	}
	return -1
}

// lastBytes returns the last n bytes of w, or all of w if shorter.
func lastBytes(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// normalizeWord maps a word onto the form prose's model was trained on.
// lower is the word in lower case, or "" to have normalizeWord lower it.
func normalizeWord(word, lower string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isYear(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	if lower != "" {
		return lower // the word itself when it has no capital to lower
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

// isYear reports whether the four bytes of s are what strconv.Atoi
// accepts: an optional sign and ASCII digits.
func isYear(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// emoticons is prose's emoticon set (internal/emoticon, v3.2.3), which its
// tagger tags SYM.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true, "8D": true,
	":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true, ":-))": true,
	":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true, ":-p": true,
	":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true, ":]": true, ":`(": true,
	":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true, "=)": true, "=D": true, "=|": true,
	"@_@": true, "O.o": true, "O_o": true, "V_V": true, "XDD": true, "[-:": true, "^___^": true,
	"o_0": true, "o_O": true, "o_o": true, "v_v": true, "xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}
