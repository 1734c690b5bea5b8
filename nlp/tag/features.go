package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp/perceptron"
)

// FeatureVersion names the feature set below; a model trained with another
// set is refused at load.
const FeatureVersion = 1

// Feature templates. Each is a distinct seed for [perceptron.Hash].
const (
	fBias uint64 = iota + 1
	fWord
	fSuf3
	fSuf2
	fSuf1
	fPre1
	fPre3
	fShape
	fPrev
	fPrev2
	fPrevPrev2
	fPrevWord
	fPrev1Word
	fPrev1Suf3
	fPrev2Word
	fNext1Word
	fNext1Suf3
	fNext2Word
	fNext1Shape
	fFirstCap
	fHyphen
	fDigit
	fWordNext
	fSuf4
	fPre2
	fPrevWordCur
	fPrev1Shape
	fNext2Suf3
	fPrevTagSuf3
	fCurNext2
)

// A wordInfo holds the hashes of one word's attributes, computed once per
// sentence.
type wordInfo struct {
	lower, suf4, suf3, suf2, suf1, pre1, pre2, pre3, shape uint64
	hyphen, digit, upper                                   bool
}

// wordAttrs returns the attributes of w.
func wordAttrs(w string) wordInfo {
	lw := strings.ToLower(w)
	var in wordInfo
	in.lower = perceptron.String(lw)
	in.suf4 = perceptron.String(suffix(lw, 4))
	in.suf3 = perceptron.String(suffix(lw, 3))
	in.suf2 = perceptron.String(suffix(lw, 2))
	in.suf1 = perceptron.String(suffix(lw, 1))
	in.pre1 = perceptron.String(prefix(w, 1))
	in.pre2 = perceptron.String(prefix(lw, 2))
	in.pre3 = perceptron.String(prefix(lw, 3))
	in.shape = shapeHash(w)
	in.hyphen = strings.Contains(w, "-")
	for _, r := range w {
		if unicode.IsDigit(r) {
			in.digit = true
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	in.upper = unicode.IsUpper(r)
	return in
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// shape maps letters to X/x, digits to d, keeps other characters, and folds
// runs of the same class: "McDonald's" -> "XxXx'x", "1,200" -> "d,d".
func shape(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		c := shapeOf(r)
		if c != last {
			b.WriteRune(c)
			last = c
		}
		if b.Len() > 12 {
			break
		}
	}
	return b.String()
}

// shapeHash returns perceptron.String(shape(w)) without building the
// string.
func shapeHash(w string) uint64 {
	h := perceptron.String("")
	var last rune
	n := 0
	var buf [utf8.UTFMax]byte
	for _, r := range w {
		c := shapeOf(r)
		if c == last {
			continue
		}
		last = c
		k := utf8.EncodeRune(buf[:], c)
		for _, b := range buf[:k] {
			h ^= uint64(b)
			h *= 1099511628211
		}
		if n += k; n > 12 {
			break
		}
	}
	return h
}

func shapeOf(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// padding words beyond the sentence's ends.
var (
	startInfo = wordAttrs("-START-")
	endInfo   = wordAttrs("-END-")
)

// features appends to dst the features of word i, given the classes
// already chosen for the words before it (prev[i-1], prev[i-2]; -1 at the
// start), and returns dst: those of [wordFeatures] and of [prevFeatures].
func features(dst []uint64, info []wordInfo, i int, prev1, prev2 int) []uint64 {
	return prevFeatures(wordFeatures(dst, info, i), &info[i], prev1, prev2)
}

// prevFeatures appends to dst the features of word w that read the
// classes chosen for the words before it.
func prevFeatures(dst []uint64, w *wordInfo, prev1, prev2 int) []uint64 {
	return prevWordFeatures(prevTagFeatures(dst, prev1, prev2), w, prev1)
}

// prevTagFeatures appends to dst the features of [prevFeatures] that read
// only the classes chosen for the two words before the one tagged.
func prevTagFeatures(dst []uint64, prev1, prev2 int) []uint64 {
	h := perceptron.Hash
	p1, p2 := uint64(prev1+2), uint64(prev2+2)
	return append(dst,
		h(fPrev, p1),
		h(fPrev2, p2),
		h(h(fPrevPrev2, p1), p2),
	)
}

// prevWordFeatures appends to dst the features of [prevFeatures] that
// read word w too.
func prevWordFeatures(dst []uint64, w *wordInfo, prev1 int) []uint64 {
	h := perceptron.Hash
	p1 := uint64(prev1 + 2)
	return append(dst,
		h(h(fPrevWord, p1), w.lower),
		h(h(fPrevTagSuf3, p1), w.suf3),
	)
}

// numPrevFeatures is the number of features of prevFeatures.
const numPrevFeatures = 5

// wordFeatures appends to dst the features of word i that read only the
// words: the word, its affixes and shape, and the words around it
// ([wordTemplates]), whether it is a capitalised first word, has a hyphen
// or a digit. They can be scored for a whole sentence at once.
func wordFeatures(dst []uint64, info []wordInfo, i int) []uint64 {
	h := perceptron.Hash
	for k := range wordTemplates {
		wt := &wordTemplates[k]
		if wt.attr != nil {
			dst = append(dst, wt.one(padded(info, i+wt.off)))
		} else {
			dst = append(dst, wt.link(padded(info, i+wt.off), padded(info, i+wt.off2)))
		}
	}
	w := &info[i]
	if i == 0 && w.upper {
		dst = append(dst, h(fFirstCap, 1))
	}
	if w.hyphen {
		dst = append(dst, h(fHyphen, 1))
	}
	if w.digit {
		dst = append(dst, h(fDigit, 1))
	}
	return dst
}

// padded returns the attributes of word j of info, those of a padding
// word before and after the sentence.
func padded(info []wordInfo, j int) *wordInfo {
	switch {
	case j < 0:
		return &startInfo
	case j >= len(info):
		return &endInfo
	}
	return &info[j]
}

// A wordTemplate is a template of [wordFeatures]: of an attribute (attr)
// of the word at offset off from the word tagged, or, when attr is nil, of
// the forms of the words at offsets off and off2.
type wordTemplate struct {
	t         uint64
	off, off2 int
	attr      func(*wordInfo) uint64
}

// one returns the feature of a one-word template for a word of
// attributes w.
func (wt *wordTemplate) one(w *wordInfo) uint64 { return perceptron.Hash(wt.t, wt.attr(w)) }

// link returns the feature of a two-word template for words of
// attributes a and b.
func (wt *wordTemplate) link(a, b *wordInfo) uint64 {
	return perceptron.Hash(perceptron.Hash(wt.t, a.lower), b.lower)
}

// wordTemplates are the templates of wordFeatures, in its order.
var wordTemplates = []wordTemplate{
	{t: fBias, attr: func(*wordInfo) uint64 { return 0 }},
	{t: fWord, attr: lowerOf},
	{t: fSuf3, attr: suf3Of},
	{t: fSuf2, attr: func(w *wordInfo) uint64 { return w.suf2 }},
	{t: fSuf1, attr: func(w *wordInfo) uint64 { return w.suf1 }},
	{t: fPre1, attr: func(w *wordInfo) uint64 { return w.pre1 }},
	{t: fPre3, attr: func(w *wordInfo) uint64 { return w.pre3 }},
	{t: fShape, attr: shapeOfInfo},
	{t: fPrev1Word, off: -1, attr: lowerOf},
	{t: fPrev1Suf3, off: -1, attr: suf3Of},
	{t: fPrev2Word, off: -2, attr: lowerOf},
	{t: fNext1Word, off: 1, attr: lowerOf},
	{t: fNext1Suf3, off: 1, attr: suf3Of},
	{t: fNext2Word, off: 2, attr: lowerOf},
	{t: fNext1Shape, off: 1, attr: shapeOfInfo},
	{t: fWordNext, off: 0, off2: 1},
	{t: fSuf4, attr: func(w *wordInfo) uint64 { return w.suf4 }},
	{t: fPre2, attr: func(w *wordInfo) uint64 { return w.pre2 }},
	{t: fPrevWordCur, off: -1, off2: 0},
	{t: fPrev1Shape, off: -1, attr: shapeOfInfo},
	{t: fNext2Suf3, off: 2, attr: suf3Of},
	{t: fCurNext2, off: 0, off2: 2},
}

func lowerOf(w *wordInfo) uint64     { return w.lower }
func suf3Of(w *wordInfo) uint64      { return w.suf3 }
func shapeOfInfo(w *wordInfo) uint64 { return w.shape }
