package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Lexicon answers what kg's gazetteer knows about a name or a word, as
// the classes that package nlp/ner's recogniser reads as evidence. It is
// read-only and safe for concurrent use.
type Lexicon struct {
	g *gazetteer
	// word holds [Lexicon.Word] of every word of the word lists and of
	// each one-word title in lower case and capitalised: the words a
	// recogniser asks about most.
	word map[string]string
	// names holds the keys of the gazetteer's names, demonyms, titles
	// and short names: a key outside it is none of them, and Name looks
	// it up once instead of in each.
	names map[string]bool
}

// NewLexicon loads the embedded gazetteer. It fails only if the embedded
// data is malformed.
func NewLexicon() (*Lexicon, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return newLexicon(g), nil
}

func newLexicon(g *gazetteer) *Lexicon {
	l := &Lexicon{g: g, word: map[string]string{}, names: map[string]bool{}}
	for k := range g.entries {
		l.names[k] = true
	}
	for k := range g.demonyms {
		l.names[k] = true
	}
	for k := range g.titles {
		l.names[k] = true
	}
	for k := range g.short {
		l.names[k] = true
	}
	for _, set := range g.words {
		for w := range set {
			l.word[w] = l.lookWord(w)
		}
	}
	for k := range g.titles {
		if strings.ContainsAny(k, " \t") {
			continue
		}
		r, n := utf8.DecodeRuneInString(k)
		for _, w := range []string{k, string(unicode.ToUpper(r)) + k[n:]} {
			l.word[w] = l.lookWord(w)
		}
	}
	return l
}

// Sum returns the SHA-256 of the embedded gazetteer files, in name order,
// for a model trained with the lexicon to record.
func (l *Lexicon) Sum() (string, error) {
	files, err := fs.Glob(data, "data/*.txt")
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, name := range files {
		b, err := data.ReadFile(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", name, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Name returns the entity type of the gazetteer's name made of words
// ("GPE", "Organization", "Person", "Location"), "demonym" for a
// nationality word ("North Korean"), "title" for a title ("Prime
// Minister"), "short" for a well-known person's surname alone, or "" when
// the gazetteer does not know it. Names written in capitals ("UN") match
// only in capitals.
func (l *Lexicon) Name(words []string) string {
	var buf [64]byte
	k := appendKey(buf[:0], words...)
	if !l.names[string(k)] {
		return ""
	}
	if e, ok := l.g.entries[string(k)]; ok && (!l.g.acronyms[string(k)] || isAcronym(strings.ReplaceAll(strings.Join(words, " "), " ", ""))) {
		return string(e.typ)
	}
	if _, ok := l.g.demonyms[string(k)]; ok {
		return "demonym"
	}
	if _, ok := l.g.titles[string(k)]; ok {
		return "title"
	}
	if len(words) == 1 && len(l.g.short[string(k)]) > 0 {
		return "short"
	}
	return ""
}

// wordKinds are the gazetteer's word lists that [Lexicon.Word] reports,
// in the order it names them.
var wordKinds = []string{"orghead", "orgfirst", "placehead", "regionhead", "notname", "malename", "femalename"}

// Word returns the gazetteer's word lists that hold w, as written
// ("orghead" for "Party", "orghead orgfirst" for "Bank"; see data/words.txt),
// "title" for a one-word title, or "" for none.
func (l *Lexicon) Word(w string) string {
	if c, ok := l.word[w]; ok {
		return c
	}
	if plain(w) {
		// Neither in a list nor a title: a title written plainly is in
		// l.word in both its cases.
		return ""
	}
	return l.lookWord(w)
}

// plain reports whether w has no capital after its first letter, no
// curly apostrophe and no final full stop: whether wordKey(w) is w in
// lower case.
func plain(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) || r == '\u2019' {
			return false
		}
	}
	return !strings.HasSuffix(w, ".")
}

func (l *Lexicon) lookWord(w string) string {
	var buf [8]string
	kinds := buf[:0]
	if _, ok := l.g.titles[wordKey(w)]; ok {
		kinds = append(kinds, "title")
	}
	for _, k := range wordKinds {
		if l.g.words[k][w] {
			kinds = append(kinds, k)
		}
	}
	return strings.Join(kinds, " ")
}

// wordKey is [normKey] of one token, without the work a token never
// needs (a token holds no spaces, so no "the " to drop).
func wordKey(w string) string {
	if strings.ContainsAny(w, " \t\n\r\v\f") {
		return normKey(w)
	}
	return trimStop(strings.ToLower(strings.ReplaceAll(w, "\u2019", "'")))
}
