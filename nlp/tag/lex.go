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

// A lexEntry's packed rows are those of the word's one-word features
// ([wordTemplates]) at offsets -2 to 2 from the word tagged, place
// off+2 for offset off.
const numPlaces = 5

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
		x.m.AddPacked(placeFeatures(buf[:0], &in, p-2), e.rows[p*n:(p+1)*n])
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
// only a word of attributes w at offset off from the word tagged, and
// returns dst.
func placeFeatures(dst []uint64, w *wordInfo, off int) []uint64 {
	for k := range wordTemplates {
		if wt := &wordTemplates[k]; wt.attr != nil && wt.off == off {
			dst = append(dst, wt.one(w))
		}
	}
	if off == 0 && w.hyphen {
		dst = append(dst, perceptron.Hash(fHyphen, 1))
	}
	if off == 0 && w.digit {
		dst = append(dst, perceptron.Hash(fDigit, 1))
	}
	return dst
}

// maxPlaceFeatures is the most features of the five places together.
const maxPlaceFeatures = 12 + 3 + 1 + 3 + 2

// linkFeatures appends to dst the features of [wordFeatures] that are not
// [placeFeatures]: those of word i (of entries ents) with another word, and
// whether the first word is capitalised.
func linkFeatures(dst []uint64, ents []*lexEntry, end *lexEntry, i int) []uint64 {
	at := func(j int) *wordInfo {
		switch {
		case j < 0:
			return &startInfo
		case j >= len(ents):
			return &end.info
		}
		return &ents[j].info
	}
	for k := range linkTemplates {
		wt := &linkTemplates[k]
		dst = append(dst, wt.link(at(i+wt.off), at(i+wt.off2)))
	}
	if i == 0 && at(0).upper {
		dst = append(dst, perceptron.Hash(fFirstCap, 1))
	}
	return dst
}

// linkTemplates are the two-word templates of wordTemplates.
var linkTemplates = func() []wordTemplate {
	var l []wordTemplate
	for _, wt := range wordTemplates {
		if wt.attr == nil {
			l = append(l, wt)
		}
	}
	return l
}()

// maxLinkFeatures is the most features of linkFeatures.
const maxLinkFeatures = 4
