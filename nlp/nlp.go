// Package nlp splits English text into sentences and tokens and tags each
// token with its Penn Treebank part of speech. It wraps prose v3's punkt
// segmenter, and tokenizes and tags with faster copies of prose's
// tokenizer and averaged-perceptron tagger that give the same tokens and
// tags, and
// adds what kg needs on top of them: curly quotes and dashes folded to ASCII before
// tokenizing (with offsets kept on the original text), headlines kept apart
// from the sentence that follows them, and correction rules for tags that
// the model is known to get wrong.
//
// An [Analyzer] is safe for concurrent use.
package nlp

import (
	"fmt"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
)

// A Token is one word or punctuation mark of a sentence.
type Token struct {
	// Text is the token with curly quotes and dashes folded to ASCII.
	Text string
	// Tag is the Penn Treebank part-of-speech tag ("NNP", "VBD", ...).
	Tag string
	// Start and End are byte offsets of the token in its sentence's
	// original text.
	Start, End int

	lower string // Text in lower case, when the Analyzer made the token
}

// Lower returns the token's text in lower case, as strings.ToLower does.
// For a token of [Analyzer.Split] or [Analyzer.Tag] it was computed once,
// and Lower does not allocate.
func (t Token) Lower() string {
	if t.lower == "" {
		return strings.ToLower(t.Text)
	}
	return t.lower
}

// A Sentence is a tagged sentence.
type Sentence struct {
	// Text is the sentence as written in the source.
	Text string
	// Start is the byte offset of Text in the source.
	Start int
	// Tokens are the sentence's tokens in order.
	Tokens []Token
	// Paragraph reports whether the sentence opens a paragraph: the first
	// sentence of a block of text after a blank line, or a headline line
	// ([Analyzer.Sentences]). A caller that makes sentences of its own
	// may leave it unset, and the text reads as one paragraph.
	Paragraph bool
}

// End returns the byte offset just past the sentence in the source.
func (s Sentence) End() int { return s.Start + len(s.Text) }

// An Analyzer splits and tags text.
type Analyzer struct {
	seg    *segment.Segmenter
	tagger *tagger
	raw    sync.Pool // of *[]rawToken, tokenize's buffers
}

// New returns an Analyzer using prose's embedded English models. It fails
// only if those models cannot be decoded.
func New() (*Analyzer, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("load sentence model: %w", err)
	}
	tagger, err := englishTagger()
	if err != nil {
		return nil, fmt.Errorf("load tagger model: %w", err)
	}
	a := &Analyzer{seg: seg, tagger: tagger}
	a.raw.New = func() any { return new([]rawToken) }
	return a, nil
}

// MaxSentenceBytes is the longest sentence that [Analyzer.Split] returns.
// A longer one, such as a whole file with no full stop, is cut into pieces
// of at most this length, at a comma, semicolon or space where there is
// one in the second half of the piece: tagging and extraction cost more
// than linear time in a sentence's length (a 4 MB line without a full stop
// took 63 s to extract, a 1 MB one 4.8 s), and no sentence of news prose
// comes near it.
const MaxSentenceBytes = 2000

// Split returns the tagged sentences of text. Lines that look like
// headlines (short, capitalised, with no final punctuation) become sentences
// of their own. Sentence offsets are offsets in text.
func (a *Analyzer) Split(text string) []Sentence {
	var out []Sentence
	for s := range a.Sentences(text) {
		out = append(out, s)
	}
	return out
}

// Sentences yields the tagged sentences of text as [Analyzer.Split] returns
// them, one at a time, so that a caller can stop part way through a long
// text. The first sentence of each paragraph (each block of text between
// blank lines, and each headline line) has [Sentence.Paragraph] set.
func (a *Analyzer) Sentences(text string) iter.Seq[Sentence] {
	return func(yield func(Sentence) bool) {
		names := ingNames(text)
		for _, blk := range blocks(text) {
			opens := true
			for _, s := range joinInitialisms(text[blk.start:blk.end], splitBracketStops(a.seg.Segment(text[blk.start:blk.end]))) {
				start := blk.start + s.Start
				for _, piece := range cutLong(s.Text) {
					if strings.TrimSpace(piece) == "" {
						start += len(piece)
						continue
					}
					t := a.tagNames(piece, start, names)
					t.Paragraph, opens = opens, false
					if !yield(t) {
						return
					}
					start += len(piece)
				}
			}
		}
	}
}

// joinInitialisms joins to the next sentence a sentence that is only an
// initialism such as "U.S." or "U.N.": the segmenter ends a sentence after
// an initialism when a capitalised word follows ("... of locations. U.S.
// Senator Ann Lee said ..."), but no sentence of prose is one initialism.
// It joins a sentence that ends with an initialism too when the next opens
// with a capitalised word that opens no sentence of its own kind, no
// article, pronoun, preposition or conjunction ([sentenceOpeners]): "Lee,
// a sitting U.S. Senator from Ohio, is ...", "the D.C. Circuit
// vacated ..." are one sentence each, while "... traveling to the U.S. The
// President later ..." is two.
// Nor does a compound of an initialism and a hyphen before a capitalised
// name ("the U.S.-based Authors Guild"; [endsInInitialismCompound]).
// A middle initial ends none ("President Ulysses S. Grant, who ...";
// [endsInMiddleInitial]).
// A dateline ends no sentence either: "ALMERIA, Spain. - A bomb went
// off" is one. Nor does an ellipsis before a lower-case word, which marks
// words left out of a quotation: "found that he was elected ... he acted
// corruptly". segs are segments of text; the result reuses segs' array.
func joinInitialisms(text string, segs []segment.Sentence) []segment.Sentence {
	out := segs[:0]
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		for i+1 < len(segs) && (isInitialism(s.Text) || endsInInitialismCompound(s.Text) ||
			(endsInInitialism(s.Text) || endsInMiddleInitial(s.Text)) && !opensSentence(segs[i+1].Text) ||
			endsInRankAbbrev(s.Text) && opensCapital(segs[i+1].Text) ||
			endsInLegalForm(s.Text) && continuesClause(segs[i+1].Text) ||
			endsInEllipsis(s.Text) && opensLower(segs[i+1].Text) ||
			isDateline(s.Text) && strings.ContainsAny(firstRune(segs[i+1].Text), "-–—")) {
			next := segs[i+1]
			s = segment.Sentence{Text: text[s.Start : next.Start+len(next.Text)], Start: s.Start}
			i++
		}
		out = append(out, s)
	}
	return out
}

// splitBracketStops splits a segment after an editor's bracketed stop
// ("[.]", "[!]", "[?]", which mark a quotation cut short) and its closing
// quotes, where a capitalised word or a new line follows: `... lived
// together[.]" Day made her last movie` is two sentences, which the
// segmenter, reading no stop inside brackets, left one (across the line
// of a new paragraph too), and after a stop glued to the next sentence's
// first word ([gluedStop]). segs are segments of one block; the result
// reuses no array of segs'.
func splitBracketStops(segs []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for _, s := range segs {
		for {
			cut, next := bracketStop(s.Text)
			if c, n := quoteLineStop(s.Text); c >= 0 && (cut < 0 || c < cut) {
				cut, next = c, n
			}
			if c := gluedStop(s.Text); c >= 0 && (cut < 0 || c < cut) {
				cut, next = c, c
			}
			if cut < 0 {
				break
			}
			out = append(out, segment.Sentence{Text: s.Text[:cut], Start: s.Start})
			s = segment.Sentence{Text: s.Text[next:], Start: s.Start + next}
		}
		out = append(out, s)
	}
	return out
}

// bracketStop returns the end of the first sentence of t that closes on a
// bracketed stop and its closing quotes ([splitBracketStops]), and the
// start of the next, or -1 and -1.
func bracketStop(t string) (cut, next int) {
	for from := 0; ; {
		i := strings.IndexByte(t[from:], '[')
		if i < 0 {
			return -1, -1
		}
		i += from
		from = i + 1
		if i+3 > len(t) || !strings.ContainsRune(".!?", rune(t[i+1])) || t[i+2] != ']' {
			continue
		}
		end := i + 3
		for end < len(t) {
			r, n := utf8.DecodeRuneInString(t[end:])
			if r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' {
				break
			}
			end += n
		}
		k := end
		newline := false
		for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r') {
			newline = newline || t[k] == '\n'
			k++
		}
		if k == end || k == len(t) {
			continue // no space after it, or the segment's end
		}
		if r, _ := utf8.DecodeRuneInString(t[k:]); newline || unicode.IsUpper(r) {
			return end, k
		}
	}
}

// gluedStop returns the end of the first sentence of t that closes on a
// stop with no space after it, where the next sentence opens: a word of
// letters whose last two are lower case, the stop, and a capitalised word
// in lower case after its capital ("... for vice president.In the Green
// Party, ...", "... on Tuesday.Image: a protester"), which pages whose
// paragraphs or captions were joined without a space hold and the
// segmenter, reading one word, left one sentence. Domains ("Politics1.com"),
// abbreviations ("Mr.Smith", "vs.Jones") and initialisms ("U.S.Army") end
// none. It returns -1 when there is none.
func gluedStop(t string) int {
	for from := 0; ; {
		i := strings.IndexAny(t[from:], ".!?")
		if i < 0 {
			return -1
		}
		i += from
		from = i + 1
		if i+2 >= len(t) || t[i+1] < 'A' || t[i+1] > 'Z' || t[i+2] < 'a' || t[i+2] > 'z' {
			continue
		}
		k := i
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(t[:k])
			if !unicode.IsLetter(r) {
				break
			}
			k -= n
		}
		if k > 0 && !strings.ContainsAny(t[k-1:k], " \t\n\"'([") && !strings.HasSuffix(t[:k], "“") && !strings.HasSuffix(t[:k], "‘") {
			continue // "Politics1.com", "U.S.Army": no word of letters alone
		}
		j := i + 1
		for j < len(t) && (unicode.IsLetter(rune(t[j])) || t[j] >= '0' && t[j] <= '9') {
			j++
		}
		if j+1 < len(t) && t[j] == '.' && unicode.IsLetter(rune(t[j+1])) {
			continue // "www.Halvik.com": a domain
		}
		w := t[k:i]
		if len(w) < 3 || gluedAbbrevs[strings.ToLower(w)] || !lowerLetter(w[len(w)-1]) || !lowerLetter(w[len(w)-2]) {
			continue
		}
		return i + 1
	}
}

func lowerLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// gluedAbbrevs are abbreviations written with a stop that a capitalised
// word may follow without a space in the same sentence.
var gluedAbbrevs = map[string]bool{"vs": true, "mrs": true, "mr": true, "dr": true, "st": true, "jr": true, "sr": true, "no": true, "gen": true, "gov": true, "sen": true, "rep": true, "col": true, "capt": true, "lt": true, "sgt": true, "prof": true, "rev": true, "ft": true, "mt": true}

// quoteLineStop returns the end of the first sentence of t that closes a
// line on a stop and two closing quotes or more, and the start of the
// next line, or -1 and -1: `... come right back up.'"` at the end of a
// paragraph's line is the end of a sentence, which the segmenter, reading
// the nested quotes, ran into the next paragraph.
func quoteLineStop(t string) (cut, next int) {
	for from := 0; ; {
		i := strings.IndexAny(t[from:], ".!?")
		if i < 0 {
			return -1, -1
		}
		i += from
		from = i + 1
		end, quotes := i+1, 0
		for end < len(t) {
			r, n := utf8.DecodeRuneInString(t[end:])
			if r != '"' && r != '\'' && r != '”' && r != '’' {
				break
			}
			end += n
			quotes++
		}
		if quotes < 2 {
			continue
		}
		k := end
		newline := false
		for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r') {
			newline = newline || t[k] == '\n'
			k++
		}
		if newline && k < len(t) {
			return end, k
		}
	}
}

// endsInInitialism reports whether sentence s ends with an initialism
// ("... a sitting U.S.").
func endsInInitialism(s string) bool {
	s = strings.TrimRight(s, " \t\n")
	return isInitialism(s[strings.LastIndexAny(s, " \t\n(")+1:])
}

// endsInInitialismCompound reports whether s ends, with no stop after it,
// in a compound of an initialism, a hyphen and a word in lower case
// ("U.S.-based", "U.N.-led"): an adjective before a noun, which the
// segmenter cuts off from a capitalised name after it.
func endsInInitialismCompound(s string) bool {
	s = strings.TrimRight(s, " \t\n")
	w := s[strings.LastIndexAny(s, " \t\n(")+1:]
	i := strings.LastIndex(w, ".-")
	if i < 0 || !isInitialism(w[:i+1]) || i+2 >= len(w) {
		return false
	}
	for _, c := range w[i+2:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// rankAbbrevs are the abbreviated ranks and titles, lower case and
// without their period, that stand only before a name or another rank:
// "Brig. Gen. Ann Lee", "Det. Supt. Tom Wu". No sentence ends on one.
// The honorifics are among them: the segmenter ends a sentence after
// "Mr." when the surname is also a common word ("Mr. Brown", "Mrs.
// Green"), though a name always follows, and after a minister's "Hon."
// ("the Minister of Trade Hon. Mele Tuipulotu").
var rankAbbrevs = map[string]bool{
	"brig": true, "gen": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "cpl": true,
	"pvt": true, "pfc": true, "spc": true, "adm": true, "cmdr": true, "cdr": true, "supt": true, "insp": true, "det": true,
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "prof": true, "rev": true, "hon": true,
}

// endsInRankAbbrev reports whether sentence s ends with a capitalised
// rank's abbreviation ([rankAbbrevs]): the segmenter ends a sentence
// after one it does not know ("National Police spokesman Brig. Gen. Tom
// Wu said"), though a name or a rank always follows.
func endsInRankAbbrev(s string) bool {
	s = strings.TrimRight(s, " \t\n")
	if !strings.HasSuffix(s, ".") {
		return false // most sentences: no word to cut out
	}
	w := s[strings.LastIndexAny(s, " \t\n")+1:]
	if len(w) < 3 || w[len(w)-1] != '.' || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return rankAbbrevs[strings.ToLower(w[:len(w)-1])]
}

// legalForms are the abbreviated legal forms of companies, lower case and
// without their period, that close a company's name: "HDT Védelmi Ipari
// Kft.", "Maybank Bhd.", "Acme Pty.". The segmenter ends a sentence after
// one it does not know even when the name's gloss in brackets or the
// clause goes on: "HDT Ipari Kft. (HDT Limited) acquired ...".
var legalForms = map[string]bool{
	"inc": true, "ltd": true, "corp": true, "co": true, "plc": true, "llc": true, "kft": true, "zrt": true,
	"nyrt": true, "bhd": true, "sdn": true, "tbk": true, "pty": true, "pte": true, "pvt": true, "ltda": true,
	"srl": true,
}

// endsInLegalForm reports whether sentence s ends with a company's
// abbreviated legal form ([legalForms]) after a capitalised word: "...
// enterprise HDT Védelmi Ipari Kft.".
func endsInLegalForm(s string) bool {
	s = strings.TrimRight(s, " \t\n")
	if !strings.HasSuffix(s, ".") {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-1]
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || !legalForms[strings.ToLower(w[:len(w)-1])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-2])
	return unicode.IsUpper(r)
}

// continuesClause reports whether segment s opens as no sentence does
// but as the rest of one may: with a lower-case letter, a bracket, a
// comma or a semicolon ("(HDT Limited) acquired", "and its unit").
func continuesClause(s string) bool {
	switch firstRune(s) {
	case "(", ",", ";":
		return true
	}
	return opensLower(s)
}

// opensCapital reports whether s, after its leading space, opens with a
// capital letter.
func opensCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(firstRune(s))
	return unicode.IsUpper(r)
}

// endsInMiddleInitial reports whether sentence s ends with a name's
// middle initial: a capitalised word and one capital letter with a period
// ("... including President Ulysses S."), which the segmenter ends a
// sentence after when the surname is also a common word ("Grant"). A
// Roman numeral is no initial ("World War I.").
func endsInMiddleInitial(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w, prev := f[len(f)-1], f[len(f)-2]
	if len(w) != 2 || w[1] != '.' || w[0] < 'A' || w[0] > 'Z' || strings.ContainsRune("IVX", rune(w[0])) {
		return false
	}
	r, n := utf8.DecodeRuneInString(prev)
	if !unicode.IsUpper(r) || n == len(prev) {
		return false
	}
	for _, c := range prev[n:] {
		if !unicode.IsLower(c) && c != '-' && c != '\'' {
			return false // "WWF", "U.S.": no given name
		}
	}
	return true
}

// opensSentence reports whether sentence s opens as a sentence does after
// an initialism that ends one: with anything but a capitalised word, or
// with one of [sentenceOpeners].
func opensSentence(s string) bool {
	w := strings.TrimLeft(s, " \t\n")
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return true
	}
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 { // "It's": "It"
		w = w[:i]
	}
	return sentenceOpeners[w]
}

// sentenceOpeners are capitalised function words that open sentences:
// articles and determiners, pronouns, prepositions, conjunctions and
// sentence adverbs.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true, "Some": true,
	"Many": true, "Most": true, "Both": true, "All": true, "Each": true, "No": true, "Its": true, "His": true,
	"Her": true, "Their": true, "Our": true, "My": true, "Your": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "You": true, "There": true, "Here": true, "In": true, "On": true,
	"At": true, "For": true, "With": true, "By": true, "From": true, "To": true, "Of": true, "After": true,
	"Before": true, "During": true, "Since": true, "Until": true, "Under": true, "According": true, "And": true,
	"But": true, "Or": true, "So": true, "Yet": true, "As": true, "If": true, "When": true, "While": true,
	"Although": true, "Though": true, "Because": true, "However": true, "Meanwhile": true, "Also": true,
	"Then": true, "Now": true, "Today": true, "Yesterday": true, "Earlier": true, "Later": true, "Last": true,
	"What": true, "Who": true, "Why": true, "How": true, "Where": true, "Which": true, "One": true, "Two": true,
}

// isDateline reports whether s is a dateline that the segmenter took for
// a sentence: a town's name in capitals, a comma and a capitalised place,
// ending in a period ("ALMERIA, Spain.", "SAN JOSE, Costa Rica.").
func isDateline(s string) bool {
	town, place, ok := strings.Cut(strings.TrimSpace(s), ", ")
	if !ok || len(s) > 40 || len(town) < 3 || town != strings.ToUpper(town) || !strings.HasSuffix(place, ".") {
		return false
	}
	for _, w := range strings.Fields(place) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// firstRune returns the first rune of s after spaces, as a string.
func firstRune(s string) string {
	s = strings.TrimLeft(s, " \t\n")
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// isInitialism reports whether w is two or more capital letters each
// followed by a period ("U.S.", "U.K.", "U.N.").
func isInitialism(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// cutLong cuts s into pieces of at most MaxSentenceBytes whose
// concatenation is s, each ending after a comma, a semicolon or a space
// in its second half when there is one, and never inside a UTF-8 sequence.
func cutLong(s string) []string {
	if len(s) <= MaxSentenceBytes {
		return []string{s}
	}
	var out []string
	for len(s) > MaxSentenceBytes {
		window := s[:MaxSentenceBytes]
		cut := -1
		if i := strings.LastIndexAny(window[MaxSentenceBytes/2:], ",;"); i >= 0 {
			cut = MaxSentenceBytes/2 + i + 1
		} else if i := strings.LastIndexByte(window[MaxSentenceBytes/2:], ' '); i >= 0 {
			cut = MaxSentenceBytes/2 + i + 1
		} else {
			cut = MaxSentenceBytes
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return append(out, s)
}

// Tag tokenizes and tags one sentence that is already split, such as a line
// of a CaRB sentence file. The sentence's Start is 0.
func (a *Analyzer) Tag(sentence string) Sentence {
	return a.tag(sentence, 0)
}

// TagWords tags words that are already split, such as a treebank's gold
// words, as [Analyzer.Split] tags its tokens: prose's tagger and the
// correction rules, on the words folded to ASCII and read as separated by
// single spaces. It returns one tag per word.
func (a *Analyzer) TagWords(words []string) []string {
	var b strings.Builder
	toks := make([]Token, len(words))
	norms := make([]string, len(words))
	tags := make([]string, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		norm, _ := fold(w)
		toks[i] = Token{Text: norm, Start: b.Len(), End: b.Len() + len(w)}
		b.WriteString(w)
		norms[i] = norm
	}
	a.tagger.tags(asDigits(norms, nil), nil, tags)
	for i := range toks {
		toks[i].Tag = tags[i]
	}
	correct(b.String(), toks, a.tagger)
	for i, t := range toks {
		tags[i] = t.Tag
	}
	return tags
}

func (a *Analyzer) tag(text string, start int) Sentence {
	return a.tagNames(text, start, nil)
}

// tagNames is tag with the names in -ing of the text the sentence is
// part of ([ingNames]).
func (a *Analyzer) tagNames(text string, start int, names map[string]bool) Sentence {
	norm, orig := fold(text)
	raw := a.raw.Get().(*[]rawToken)
	ptoks := tokenize((*raw)[:0], norm)
	defer func() {
		clear(ptoks) // keep no text alive
		*raw = ptoks[:0]
		a.raw.Put(raw)
	}()
	toks := make([]Token, len(ptoks), len(ptoks)+1)
	for i, t := range ptoks {
		start, end := t.Start, t.Start+len(t.Text)
		if orig != nil {
			start, end = orig[start], orig[end]
			for end-3 > start && zeroWidth(text[end-3:end]) {
				end -= 3 // "Xtra\u200d's": the dropped character is no part of "Xtra"
			}
		}
		if end <= start {
			// Part of one folded character ("." of "…", which folds to
			// "..."): the token spans the whole character.
			_, n := utf8.DecodeRuneInString(text[start:])
			end = start + n
		}
		toks[i] = Token{Text: t.Text, Start: start, End: end}
	}
	toks = splitGluedDash(splitOpenBracket(splitThenPrefix(splitFinalPeriod(toks))))
	words := make([]string, 3*len(toks))
	words, lower, tags := words[:len(toks)], words[len(toks):2*len(toks)], words[2*len(toks):]
	for i := range toks {
		words[i] = toks[i].Text
		toks[i].lower = strings.ToLower(toks[i].Text)
		lower[i] = toks[i].lower
	}
	a.tagger.tags(asDigits(words, lower), lower, tags)
	for i := range toks {
		toks[i].Tag = tags[i]
	}
	if names != nil {
		ingNameTags(toks, names)
	}
	correct(text, toks, a.tagger)
	return Sentence{Text: text, Start: start, Tokens: toks}
}

// fold replaces curly quotes, primes, dashes and no-break and zero-width
// spaces by their ASCII forms, and drops the zero-width characters that
// join nothing a reader sees ("Daily Xtra\u200d's" is "Daily Xtra's"). It
// returns the folded text and, for each byte offset of it (and one past the
// end), the offset in s it came from; nil when s is ASCII, and each
// offset its own.
func fold(s string) (string, []int) {
	if isASCII(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	orig := make([]int, 0, len(s)+1)
	for i, r := range s {
		repl := ""
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032':
			repl = "'"
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
			repl = `"`
		case '\u2013', '\u2014', '\u2212':
			repl = "-"
		case '\u00a0', '\u200b':
			repl = " " // a no-break space, a zero-width one
		case '\u2026':
			repl = "..."
		case '\u200c', '\u200d', '\u2060', '\ufeff':
			continue // zeroWidth
		}
		if repl == "" {
			n := len(string(r))
			if r == '\uFFFD' {
				n = runeLen(s[i:])
			}
			b.WriteString(s[i : i+n])
			for k := 0; k < n; k++ {
				orig = append(orig, i+k)
			}
			continue
		}
		b.WriteString(repl)
		for range repl {
			orig = append(orig, i)
		}
	}
	orig = append(orig, len(s))
	return b.String(), orig
}

// zeroWidth reports whether s is one of the zero-width characters that
// fold drops.
func zeroWidth(s string) bool {
	switch s {
	case "\u200c", "\u200d", "\u2060", "\ufeff":
		return true
	}
	return false
}

// runeLen returns the byte length of the first rune of s, which decodes as
// utf8.RuneError: 1 for an invalid byte, 3 for a real U+FFFD.
func runeLen(s string) int {
	if strings.HasPrefix(s, "\uFFFD") {
		return 3
	}
	return 1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asDigits writes each cardinal number spelled out in words
// ([spelledNumber]) as digits, and in lower (when not nil) alike, for
// the tagger: prose's model, trained on text that spells numbers rarely,
// read "Tom Wu shot/NN ten/NN people" where it reads "shot/VBD 10/CD
// people". Both callers pass slices of their own, made for the tagger;
// it returns words.
func asDigits(words, lower []string) []string {
	for i := range words {
		if !spelledNumber(words, i) {
			continue
		}
		words[i] = "10"
		if lower != nil {
			lower[i] = "10"
		}
	}
	return words
}

// spelledNumber reports whether words[i] is a cardinal number spelled out
// ([numberWord]; tens and units hyphened, "twenty-two"): in lower case,
// or capitalised as the sentence's first word before a lower-case word
// ("Ten people died"); a capitalised one inside a sentence opens a name
// ("the Five Star Movement").
func spelledNumber(words []string, i int) bool {
	w := words[i]
	if len(w) < 3 || len(w) > 13 {
		return false
	}
	switch w[0] | 0x20 { // the first letters of the numbers, either case
	case 't', 'f', 's', 'e', 'n':
	default:
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		if i != 0 || i+1 >= len(words) || words[i+1] == "" || words[i+1][0] < 'a' || words[i+1][0] > 'z' {
			return false
		}
		w = strings.ToLower(w)
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		return len(tens) > 5 && numberWord(tens) && (numberWord(unit) || unit == "one")
	}
	return numberWord(w)
}

// numberWord reports whether w is a cardinal number from two to ninety
// spelled out in lower case; "one" is also a pronoun and is left out. A
// switch, not a map: [spelledNumber] asks it of every word that opens
// with a number's letter.
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
		"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return true
	}
	return false
}

// endsInEllipsis reports whether text, a segment, ends in an ellipsis of
// three stops or the one character.
func endsInEllipsis(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "\u2026")
}

// opensLower reports whether text, a segment, opens with a lower-case
// letter.
func opensLower(text string) bool {
	for _, r := range strings.TrimSpace(text) {
		return unicode.IsLower(r)
	}
	return false
}
