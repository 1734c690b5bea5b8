package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp/perceptron"
)

// A sentence holds each word's hashed attributes.
type sentence struct {
	lower, shape, suf3, pre3, tag []uint64
	cap                           []bool
	runStart, runEnd              []int // the capitalised run a word is in
}

func newSentence(words, tags []string) *sentence {
	n := len(words)
	s := &sentence{
		lower: make([]uint64, n), shape: make([]uint64, n), suf3: make([]uint64, n), pre3: make([]uint64, n),
		tag: make([]uint64, n), cap: make([]bool, n), runStart: make([]int, n), runEnd: make([]int, n),
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		s.lower[i] = perceptron.String(lw)
		s.shape[i] = perceptron.String(shape(w))
		s.suf3[i] = perceptron.String(lw[len(lw)-min(3, len(lw)):])
		s.pre3[i] = perceptron.String(lw[:min(3, len(lw))])
		if i < len(tags) {
			s.tag[i] = perceptron.String(tags[i])
		}
		r, _ := utf8.DecodeRuneInString(w)
		s.cap[i] = unicode.IsUpper(r)
	}
	for i := 0; i < n; {
		j := i
		if s.cap[i] {
			for j+1 < n && s.cap[j+1] {
				j++
			}
		}
		for k := i; k <= j; k++ {
			s.runStart[k], s.runEnd[k] = i, j
		}
		i = j + 1
	}
	return s
}

// shape maps upper-case letters to X, others to x, digits to d, and folds
// runs: "McDonald's" -> "XxXx'x".
func shape(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b.WriteRune(c)
			last = c
		}
		if b.Len() > 8 {
			break
		}
	}
	return b.String()
}

// Feature templates.
const (
	fBias uint64 = iota + 500
	fW
	fShape
	fSuf
	fPre
	fTag
	fPrevW
	fNextW
	fPrev2W
	fNext2W
	fPrevTag
	fNextTag
	fPrevShape
	fNextShape
	fL1
	fL2
	fL1L2
	fL1W
	fL1Shape
	fRunLen
	fRunPos
	fFirst
	fTagW
	fPrevWW
	fWNextW
	fTagNextTag
	fPrevTagTag
	fRunLast
	fRunFirst
	fRunBefore
	fRunAfter
	fRunBefore2
)

var none = perceptron.String("-NONE-")

func features(dst []uint64, s *sentence, i, p1, p2 int) []uint64 {
	h := perceptron.Hash
	at := func(a []uint64, j int) uint64 {
		if j < 0 || j >= len(a) {
			return none
		}
		return a[j]
	}
	l1, l2 := uint64(p1+2), uint64(p2+2)
	runLen := uint64(min(s.runEnd[i]-s.runStart[i]+1, 6))
	pos := uint64(0)
	switch {
	case !s.cap[i]:
		pos = 0
	case runLen == 1:
		pos = 1
	case i == s.runStart[i]:
		pos = 2
	case i == s.runEnd[i]:
		pos = 3
	default:
		pos = 4
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	dst = append(dst,
		h(fBias, 0), h(fW, s.lower[i]), h(fShape, s.shape[i]), h(fSuf, s.suf3[i]), h(fPre, s.pre3[i]),
		h(fTag, s.tag[i]),
		h(fPrevW, at(s.lower, i-1)), h(fNextW, at(s.lower, i+1)),
		h(fPrev2W, at(s.lower, i-2)), h(fNext2W, at(s.lower, i+2)),
		h(fPrevTag, at(s.tag, i-1)), h(fNextTag, at(s.tag, i+1)),
		h(fPrevShape, at(s.shape, i-1)), h(fNextShape, at(s.shape, i+1)),
		h(fL1, l1), h(fL2, l2), h(h(fL1L2, l1), l2), h(h(fL1W, l1), s.lower[i]), h(h(fL1Shape, l1), s.shape[i]),
		h(h(fRunLen, runLen), pos), h(h(fRunPos, pos), s.tag[i]), h(h(fFirst, first), s.shape[i]),
		h(h(fTagW, s.tag[i]), s.lower[i]),
		h(h(fPrevWW, at(s.lower, i-1)), s.lower[i]),
		h(h(fWNextW, s.lower[i]), at(s.lower, i+1)),
		h(h(fTagNextTag, s.tag[i]), at(s.tag, i+1)),
		h(h(fPrevTagTag, at(s.tag, i-1)), s.tag[i]),
	)
	if s.cap[i] {
		a, b := s.runStart[i], s.runEnd[i]
		dst = append(dst,
			h(h(fRunLast, s.lower[b]), pos), h(h(fRunFirst, s.lower[a]), pos),
			h(fRunBefore, at(s.lower, a-1)), h(fRunAfter, at(s.lower, b+1)),
			h(h(fRunBefore2, at(s.lower, a-2)), at(s.lower, a-1)),
		)
	}
	return dst
}
