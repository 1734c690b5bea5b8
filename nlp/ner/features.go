package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp/cluster"
	"github.com/kg-project/kg/nlp/perceptron"
)

// A Lexicon is world knowledge about names, such as kg's gazetteer. Its
// classes are opaque to the recogniser: it learns what each one means.
// A Lexicon must be safe for concurrent use when the recogniser is.
type Lexicon interface {
	// Name returns the class of the name made of words ("GPE",
	// "Organization", ...), or "" when the name is unknown.
	Name(words []string) string
	// Word returns the class of one word in names ("orghead" for
	// "University", "title" for "Senator"), or "" when it has none.
	Word(w string) string
}

// maxName is the longest name, in words, looked up in a Lexicon.
const maxName = 6

// A sentence holds each word's hashed attributes.
type sentence struct {
	lower, shape, suf3, pre3, suf2, tag []uint64
	cap                                 []bool
	runStart, runEnd                    []int // the capitalised run a word is in
	// xStart and xEnd extend the run over the lower-case connectors that
	// join capitalised words inside names ("University of Pennsylvania").
	xStart, xEnd []int
	runShape     []uint64 // the shapes of the words of the extended run
	gaz          []uint64 // the Lexicon class of the longest known name a word is in, with its position
	word         []uint64 // the Lexicon class of the word itself
	seen         []uint64 // the type the document gave this word earlier
	runSeen      []uint64 // the type the document gave the run's last word earlier
	lowerText    []string
	freq         []uint64 // buckets of the training documents' counts of the word (see [Meta.Vocab])
	// cl[k] is the word's class at granularity k, coarsest first (0: a
	// word the clusters do not know; a function word's is the word).
	cl [cluster.Levels][]uint64

	// The blocks the slices above are cut from, kept for the next
	// sentence of a document (see [sentence.reset]).
	hBuf     []uint64
	intBuf   []int
	capBuf   []bool
	lowerBuf []string
}

// connectors join capitalised words inside a name.
var connectors = map[string]bool{"of": true, "and": true, "&": true, "for": true, "de": true, "the": true, "on": true, "-": true}

// newSentence computes the attributes of words tagged with tags, with lex
// and the word classes cl (nil for none), the document memory mem and the
// training documents' counts voc (nil for none).
func newSentence(words, tags []string, lex Lexicon, cl *cluster.Table, mem map[string]int, voc func(lw string) [2]int32) *sentence {
	return new(sentence).reset(words, tags, lex, cl, mem, voc)
}

// reset makes s the sentence newSentence returns for the same arguments,
// reusing the memory of the sentence s was, and returns s.
func (s *sentence) reset(words, tags []string, lex Lexicon, cl *cluster.Table, mem map[string]int, voc func(lw string) [2]int32) *sentence {
	n := len(words)
	// One block for the fifteen hashed attributes, one for the four run
	// bounds, one for the lower-case words and the shapes.
	if cap(s.hBuf) < (12+cluster.Levels)*n {
		s.hBuf = make([]uint64, (12+cluster.Levels)*n)
		s.intBuf = make([]int, 4*n)
		s.capBuf = make([]bool, n)
		s.lowerBuf = make([]string, n)
	}
	h := s.hBuf[:(12+cluster.Levels)*n]
	clear(h)
	next := func() []uint64 {
		a := h[:n:n]
		h = h[n:]
		return a
	}
	b := s.intBuf[:4*n]
	ls := s.lowerBuf[:n]
	*s = sentence{
		lower: next(), shape: next(), suf3: next(), pre3: next(), suf2: next(), tag: next(),
		runShape: next(), gaz: next(), word: next(), seen: next(), runSeen: next(),
		cap: s.capBuf[:n], runStart: b[:n:n], runEnd: b[n : 2*n : 2*n], xStart: b[2*n : 3*n : 3*n], xEnd: b[3*n:],
		lowerText: ls[:n:n],
		hBuf:      s.hBuf, intBuf: s.intBuf, capBuf: s.capBuf, lowerBuf: s.lowerBuf,
	}
	for k := range s.cl {
		s.cl[k] = next()
	}
	var shapeBuf [64]byte
	for i, w := range words {
		lw := strings.ToLower(w)
		s.lowerText[i] = lw
		s.lower[i] = perceptron.String(lw)
		s.shape[i] = perceptron.String(string(appendShape(shapeBuf[:0], w)))
		s.suf3[i] = perceptron.String(lw[len(lw)-min(3, len(lw)):])
		s.suf2[i] = perceptron.String(lw[len(lw)-min(2, len(lw)):])
		s.pre3[i] = perceptron.String(lw[:min(3, len(lw))])
		if i < len(tags) {
			s.tag[i] = perceptron.String(tags[i])
		}
		r, _ := utf8.DecodeRuneInString(w)
		s.cap[i] = unicode.IsUpper(r)
		s.seen[i] = uint64(mem[lw])
		if i < len(tags) && !openClass(tags[i]) {
			// The clusters lump the most frequent words together ("the",
			// "in", "his" and "," share one class) and know no "'s": a
			// function word stands for itself.
			for k := range s.cl {
				s.cl[k][i] = s.lower[i]
			}
			continue
		}
		c, _ := cl.Of(lw)
		for k := range c {
			s.cl[k][i] = uint64(c[k])
		}
	}
	if voc != nil {
		s.freq = next()
		for i := range words {
			c := voc(s.lowerText[i])
			s.freq[i] = uint64(bucket(c[0]))<<8 | uint64(bucket(c[1]))
		}
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
	for i := 0; i < n; {
		j := i
		if s.cap[i] {
			for j+2 < n && connectors[s.lowerText[j+1]] && s.cap[j+2] || j+1 < n && s.cap[j+1] {
				if s.cap[j+1] {
					j++
				} else {
					j += 2
				}
			}
		}
		b := shapeBuf[:0]
		for k := i; k <= j && k < i+4; k++ {
			b = appendShape(b, words[k])
			b = append(b, ' ')
		}
		rs := perceptron.String(string(b))
		seen := uint64(mem[s.lowerText[j]])
		for k := i; k <= j; k++ {
			s.xStart[k], s.xEnd[k], s.runShape[k], s.runSeen[k] = i, j, rs, seen
		}
		i = j + 1
	}
	if lex != nil {
		for i, w := range words {
			s.word[i] = perceptron.String(lex.Word(w))
		}
		for i := 0; i < n; {
			if !s.cap[i] {
				i++
				continue
			}
			l, class := 0, ""
			for k := min(n, i+maxName); k > i; k-- {
				if !s.cap[k-1] && !digitWord(words[k-1]) {
					continue
				}
				if c := lex.Name(words[i:k]); c != "" {
					l, class = k-i, c
					break
				}
			}
			if l == 0 {
				i++
				continue
			}
			c := perceptron.String(class)
			for k := i; k < i+l; k++ {
				pos := uint64(1) // inside
				switch {
				case l == 1:
					pos = 0
				case k == i:
					pos = 2
				case k == i+l-1:
					pos = 3
				}
				s.gaz[k] = perceptron.Hash(c, pos)
			}
			i += l
		}
	}
	return s
}

// openClass reports whether Penn tag t is of an open class: nouns, verbs,
// adjectives, adverbs, numbers and foreign words.
func openClass(t string) bool {
	switch {
	case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "VB"), strings.HasPrefix(t, "JJ"), strings.HasPrefix(t, "RB"):
		return true
	}
	return t == "CD" || t == "FW"
}

func digitWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// appendShape appends the shape of w to dst: upper-case letters mapped
// to X, others to x, digits to d, and runs folded: "McDonald's" ->
// "XxXx'x", cut after its first 9 bytes.
func appendShape(dst []byte, w string) []byte {
	start := len(dst)
	var last rune
	for _, r := range w {
		c := r
		switch {
		case r < utf8.RuneSelf:
			// ASCII, most letters: the tests below without asking
			// unicode's tables.
			switch {
			case 'A' <= r && r <= 'Z':
				c = 'X'
			case 'a' <= r && r <= 'z':
				c = 'x'
			case '0' <= r && r <= '9':
				c = 'd'
			}
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			dst = utf8.AppendRune(dst, c)
			last = c
		}
		if len(dst)-start > 8 {
			break
		}
	}
	return dst
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
	fSuf2
	fXFirst
	fXLast
	fXLen
	fXShape
	fXBefore
	fXAfter
	fGaz
	fGazL1
	fWordClass
	fPrevClass
	fNextClass
	fXFirstClass
	fXLastClass
	fSeen
	fRunSeen
	fSeenL1
	fXAfter2
	fFreq
	fFreqShape
	fPrevFreq
	fCl
	fClShape
	fPrevCl
	fNextCl
	fPrevClCl
	fClNextCl
	fClL1
	fRunFirstCl
	fRunLastCl
	fXFirstCl
	fXLastCl
)

// bucket groups counts of documents: 0, 1, 2–4, 5–19, 20 and more.
func bucket(n int32) int {
	switch {
	case n == 0:
		return 0
	case n == 1:
		return 1
	case n < 5:
		return 2
	case n < 20:
		return 3
	}
	return 4
}

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
		h(fSuf2, s.suf2[i]),
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
		h(h(fWordClass, s.word[i]), pos),
		h(fPrevClass, at(s.word, i-1)), h(fNextClass, at(s.word, i+1)),
		h(h(fGaz, s.gaz[i]), first), h(h(fGazL1, s.gaz[i]), l1),
	)
	// The word's classes, alone and with its shape, its neighbours' and
	// pairs of the middle ones.
	mid, fine := s.cl[1], s.cl[2]
	for k, c := range s.cl {
		dst = append(dst, h(h(fCl, uint64(k)), c[i]))
	}
	for k, c := range s.cl[1:] {
		dst = append(dst,
			h(h(h(fClShape, uint64(k)), c[i]), s.shape[i]),
			h(h(fPrevCl, uint64(k)), at(c, i-1)), h(h(fNextCl, uint64(k)), at(c, i+1)),
		)
	}
	dst = append(dst,
		h(h(fPrevClCl, at(mid, i-1)), mid[i]), h(h(fClNextCl, mid[i]), at(mid, i+1)),
		h(h(fClL1, mid[i]), l1),
	)
	if s.cap[i] {
		a, b := s.runStart[i], s.runEnd[i]
		dst = append(dst, h(h(fRunFirstCl, fine[a]), pos), h(h(fRunLastCl, fine[b]), pos))
		dst = append(dst,
			h(h(fRunLast, s.lower[b]), pos), h(h(fRunFirst, s.lower[a]), pos),
			h(fRunBefore, at(s.lower, a-1)), h(fRunAfter, at(s.lower, b+1)),
			h(h(fRunBefore2, at(s.lower, a-2)), at(s.lower, a-1)),
			h(fSeen, s.seen[i]), h(h(fSeenL1, s.seen[i]), l1), h(fRunSeen, s.runSeen[i]),
		)
	}
	if a, b := s.xStart[i], s.xEnd[i]; s.cap[a] {
		xpos := uint64(0)
		switch {
		case a == b:
		case i == a:
			xpos = 1
		case i == b:
			xpos = 2
		default:
			xpos = 3
		}
		xl := uint64(min(b-a+1, 6))
		dst = append(dst,
			h(h(fXFirst, s.lower[a]), xpos), h(h(fXLast, s.lower[b]), xpos), h(h(fXLen, xl), xpos),
			h(h(fXShape, s.runShape[i]), first), h(h(fXBefore, at(s.lower, a-1)), xpos), h(h(fXAfter, at(s.lower, b+1)), xpos),
			h(h(fXAfter2, at(s.lower, b+1)), at(s.lower, b+2)),
			h(fXFirstClass, s.word[a]), h(fXLastClass, s.word[b]),
			h(h(fXFirstCl, fine[a]), xpos), h(h(fXLastCl, fine[b]), xpos),
		)
	}
	if s.freq != nil {
		dst = append(dst, h(h(fFreq, s.freq[i]), first), h(h(fFreqShape, s.freq[i]), s.shape[i]), h(fPrevFreq, at(s.freq, i-1)))
	}
	return dst
}
