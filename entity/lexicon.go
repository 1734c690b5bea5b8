package entity

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
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
	// source and sum are [Lexicon.Source] and [Lexicon.Sum].
	source, sum string
}

// nerLex is the gazetteer kg's recogniser (nlp/model's ner.gz) was trained
// with: gzip of a first line "# kg-gazetteer: SOURCE", then each file as a
// line "== NAME LENGTH" and its text. Go run ./nlp/train/nerlex writes it
// from data/; refreshing it is a retrain of the recogniser (see
// nlp/model/README.md).
//
//go:embed nerlex.gz
var nerLex []byte

// NewLexicon loads the embedded gazetteer, data/*.txt, as kg gives it to
// the recogniser. It fails only if the embedded data is malformed.
func NewLexicon() (*Lexicon, error) {
	files, err := dataFiles()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return lexiconOf(files, "entity/data", false)
}

// TrainingLexicon loads the gazetteer the recogniser is trained with: the
// snapshot nerlex.gz, so that a name or word added to data/ for the
// resolver's rules does not change what go run ./nlp/train rebuilds. kg
// gives the recogniser the gazetteer as it is now ([NewLexicon]), which
// knows more names, as evidence of the same kinds. Its keys keep Latin
// accents, as the gazetteer's did when the shipped recogniser was
// trained: "Łódź" in GUM's text is no snapshot's "Lodz" to it.
func TrainingLexicon() (*Lexicon, error) {
	files, source, err := readSnapshot(nerLex)
	if err != nil {
		return nil, fmt.Errorf("read nerlex.gz: %w", err)
	}
	return lexiconOf(files, "entity/nerlex.gz, "+source, true)
}

// lexiconOf parses the gazetteer files and returns their lexicon, which
// records source and the files' SHA-256 ([Lexicon.Sum]); exact keeps
// Latin accents in its keys ([gazetteer.exact]).
func lexiconOf(files []gazFile, source string, exact bool) (*Lexicon, error) {
	g, err := parseGazetteerAs(files, exact)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer (%s): %w", source, err)
	}
	l := newLexicon(g)
	l.source, l.sum = source, sumFiles(files)
	return l, nil
}

// readSnapshot reads a gazetteer snapshot written by nlp/train/nerlex: its
// files, and the source its first line names.
func readSnapshot(gz []byte) ([]gazFile, string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, "", err
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, "", err
	}
	text := string(b)
	first, text, _ := strings.Cut(text, "\n")
	source, ok := strings.CutPrefix(first, "# kg-gazetteer: ")
	if !ok {
		return nil, "", fmt.Errorf("first line %q is not # kg-gazetteer: SOURCE", first)
	}
	var files []gazFile
	for text != "" {
		head, rest, _ := strings.Cut(text, "\n")
		var name string
		var n int
		if _, err := fmt.Sscanf(head, "== %s %d", &name, &n); err != nil || n < 0 || n > len(rest) {
			return nil, "", fmt.Errorf("after %d files: want \"== NAME LENGTH\" and the file, got %q", len(files), head)
		}
		files = append(files, gazFile{name, rest[:n]})
		text = rest[n:]
	}
	return files, source, nil
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

// Sum returns the SHA-256 of the gazetteer's files the lexicon was made
// from, each as its name, its length and its text, for a model trained
// with the lexicon to record.
func (l *Lexicon) Sum() string { return l.sum }

// Source says where the lexicon's gazetteer comes from: "entity/data", or
// "entity/nerlex.gz, entity/data at commit ..." for [TrainingLexicon].
func (l *Lexicon) Source() string { return l.source }

// Name returns the entity type of the gazetteer's name made of words
// ("GPE", "Organization", "Person", "Location"), "demonym" for a
// nationality word ("North Korean"), "title" for a title ("Prime
// Minister"), "short" for a well-known person's surname alone, or "" when
// the gazetteer does not know it. Names written in capitals ("UN") match
// only in capitals.
func (l *Lexicon) Name(words []string) string {
	var buf [64]byte
	k := appendKeyAs(buf[:0], !l.g.exact, words...)
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
