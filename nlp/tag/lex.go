package tag

import "github.com/kg-project/kg/nlp/perceptron"

// Of the 22 features of [wordFeatures], 19 read one word alone: the word
// itself (its form, affixes, shape) or the word one or two places before
// or after it. The weights of a word type's features in each of those five
// places are the same in every sentence, so a lexicon keeps them summed,
// as packed rows ([perceptron.Model.AddPacked]), for the word types met
// so far: a word then costs five row additions and the three features of
// two words (and the five of [prevFeatures]) instead of 27 look-ups. The
// sums are integers in steps of the model's weights, so the classes rank
// exactly as by [Tagger.Tag]'s sums of all the features one by one.
// A lexicon is safe for concurrent use (see [perceptron.Cache]).
type lexicon struct {
	m     *perceptron.Model
	cache *perceptron.Cache[string, lexEntry]
	// start and end are the entries of the padding words before and
	// after a sentence.
	start, end *lexEntry
}

// lexiconBits sets the number of word types a lexicon can hold: 16,384
// (at most 22 MB with kg's tagger of 98 classes).
const lexiconBits = 14

// The packed rows of a lexEntry, by the word's place relative to the word
// tagged.
const (
	placeSelf = iota
	placePrev1
	placePrev2
	placeNext1
	placeNext2
	numPlaces
)

// A lexEntry holds a word type's attributes and the summed weights of its
// features in each place: rows[p*words:(p+1)*words] for place p, words
// being the model's packed row length.
type lexEntry struct {
	info wordInfo
	rows []uint64
}

func newLexicon(m *perceptron.Model) *lexicon {
	x := &lexicon{m: m, cache: perceptron.NewCache[string, lexEntry](lexiconBits)}
	start, end := x.entry(startInfo), x.entry(endInfo)
	x.start, x.end = &start, &end
	return x
}

// entry returns a new entry for a word of attributes in.
func (x *lexicon) entry(in wordInfo) lexEntry {
	n := x.m.PackedLen()
	e := lexEntry{info: in, rows: make([]uint64, numPlaces*n)}
	var buf [16]uint64
	for p := range numPlaces {
		x.m.AddPacked(placeFeatures(buf[:0], &in, p), e.rows[p*n:(p+1)*n])
	}
	return e
}

// get returns the entry of word w.
func (x *lexicon) get(w string) *lexEntry {
	h := perceptron.String(w)
	if e := x.cache.Find(h, w); e != nil {
		return e
	}
	return x.cache.Put(h, w, x.entry(wordAttrs(w)))
}

// placeFeatures appends to dst the features of [wordFeatures] that read
// only a word of attributes w in place p, and returns dst. Tagging a word
// reads those of itself (placeSelf), of the word before it (placePrev1)
// and so on.
func placeFeatures(dst []uint64, w *wordInfo, p int) []uint64 {
	h := perceptron.Hash
	switch p {
	case placeSelf:
		dst = append(dst,
			h(fBias, 0),
			h(fWord, w.lower),
			h(fSuf3, w.suf3),
			h(fSuf2, w.suf2),
			h(fSuf1, w.suf1),
			h(fPre1, w.pre1),
			h(fPre3, w.pre3),
			h(fShape, w.shape),
			h(fSuf4, w.suf4),
			h(fPre2, w.pre2),
		)
		if w.hyphen {
			dst = append(dst, h(fHyphen, 1))
		}
		if w.digit {
			dst = append(dst, h(fDigit, 1))
		}
		return dst
	case placePrev1:
		return append(dst, h(fPrev1Word, w.lower), h(fPrev1Suf3, w.suf3), h(fPrev1Shape, w.shape))
	case placePrev2:
		return append(dst, h(fPrev2Word, w.lower))
	case placeNext1:
		return append(dst, h(fNext1Word, w.lower), h(fNext1Suf3, w.suf3), h(fNext1Shape, w.shape))
	}
	return append(dst, h(fNext2Word, w.lower), h(fNext2Suf3, w.suf3))
}

// maxPlaceFeatures is the most features of the five places together.
const maxPlaceFeatures = 12 + 3 + 1 + 3 + 2

// linkFeatures appends to dst the features of [wordFeatures] that are not
// [placeFeatures]: those of word i (of entries ents) with another word, and
// whether the first word is capitalised.
func linkFeatures(dst []uint64, ents []*lexEntry, end *lexEntry, i int) []uint64 {
	at := func(j int) *wordInfo {
		if j >= len(ents) {
			return &end.info
		}
		return &ents[j].info
	}
	h := perceptron.Hash
	w := at(i)
	prev := &startInfo
	if i > 0 {
		prev = at(i - 1)
	}
	dst = append(dst,
		h(h(fWordNext, w.lower), at(i+1).lower),
		h(h(fPrevWordCur, prev.lower), w.lower),
		h(h(fCurNext2, w.lower), at(i+2).lower),
	)
	if i == 0 && w.upper {
		dst = append(dst, h(fFirstCap, 1))
	}
	return dst
}

// maxLinkFeatures is the most features of linkFeatures.
const maxLinkFeatures = 4
