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
	h := perceptron.Hash
	p1, p2 := uint64(prev1+2), uint64(prev2+2)
	return append(dst,
		h(fPrev, p1),
		h(fPrev2, p2),
		h(h(fPrevPrev2, p1), p2),
		h(h(fPrevWord, p1), w.lower),
		h(h(fPrevTagSuf3, p1), w.suf3),
	)
}

// numPrevFeatures is the number of features of prevFeatures.
const numPrevFeatures = 5

// wordFeatures appends to dst the features of word i that read only the
// words: the word, its affixes and shape, and the words around it. They
// can be scored for a whole sentence at once.
func wordFeatures(dst []uint64, info []wordInfo, i int) []uint64 {
	at := func(j int) *wordInfo {
		switch {
		case j < 0:
			return &startInfo
		case j >= len(info):
			return &endInfo
		}
		return &info[j]
	}
	h := perceptron.Hash
	w := &info[i]
	dst = append(dst,
		h(fBias, 0),
		h(fWord, w.lower),
		h(fSuf3, w.suf3),
		h(fSuf2, w.suf2),
		h(fSuf1, w.suf1),
		h(fPre1, w.pre1),
		h(fPre3, w.pre3),
		h(fShape, w.shape),
		h(fPrev1Word, at(i-1).lower),
		h(fPrev1Suf3, at(i-1).suf3),
		h(fPrev2Word, at(i-2).lower),
		h(fNext1Word, at(i+1).lower),
		h(fNext1Suf3, at(i+1).suf3),
		h(fNext2Word, at(i+2).lower),
		h(fNext1Shape, at(i+1).shape),
		h(h(fWordNext, w.lower), at(i+1).lower),
		h(fSuf4, w.suf4),
		h(fPre2, w.pre2),
		h(h(fPrevWordCur, at(i-1).lower), w.lower),
		h(fPrev1Shape, at(i-1).shape),
		h(fNext2Suf3, at(i+2).suf3),
		h(h(fCurNext2, w.lower), at(i+2).lower),
	)
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
