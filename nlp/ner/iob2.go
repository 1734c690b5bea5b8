package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// A Labelled is a sentence of a file of named-entity labels in IOB2
// format: its sent_id, its document, its words and its named mentions.
type Labelled struct {
	ID, Doc string
	Words   []string
	Spans   []Span
}

// iob2Types maps the types of Universal NER (UNER) to the recogniser's.
// UNER types a geopolitical entity as a place (LOC) wherever it acts.
var iob2Types = map[string]Type{
	"PER": Person, "ORG": Organization, "LOC": Place, "OTH": Other, "MISC": Other,
}

// ReadIOB2 reads sentences of named-entity labels in the format of
// Universal NER: comment lines "# newdoc id = DOC" and "# sent_id = ID",
// then a line per word, tab-separated, its number, the word, its label
// ("O", "B-PER", "I-ORG", ...) and columns it ignores; a blank line ends a
// sentence. PER, ORG and LOC are [Person], [Organization] and [Place];
// an I- label that continues no mention of its type opens one. A
// sentence before any newdoc line, or of a file without one, is its own
// document. The spans are the file's own; [Conform] cuts them to the
// names [Gold] reads in GUM.
func ReadIOB2(r io.Reader) ([]Labelled, error) {
	var out []Labelled
	var cur *Labelled
	doc, n := "", 0
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if v, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
			doc = strings.TrimSpace(v)
			continue
		}
		if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
			if cur != nil && len(cur.Words) > 0 {
				return nil, fmt.Errorf("line %d: sent_id inside a sentence", n)
			}
			out = append(out, Labelled{ID: strings.TrimSpace(v), Doc: doc})
			cur = &out[len(out)-1]
			if cur.Doc == "" {
				cur.Doc = cur.ID
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line == "" {
			if cur != nil && len(cur.Words) > 0 {
				cur = nil
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: %d columns, want 3 or more", n, len(f))
		}
		if cur == nil {
			out = append(out, Labelled{ID: fmt.Sprintf("line-%d", n), Doc: doc})
			cur = &out[len(out)-1]
			if cur.Doc == "" {
				cur.Doc = cur.ID
			}
		}
		cur.Words = append(cur.Words, f[1])
		i := len(cur.Words)
		if f[2] == "O" {
			continue
		}
		bi, name, ok := strings.Cut(f[2], "-")
		t, known := iob2Types[name]
		if !ok || !known || bi != "B" && bi != "I" {
			return nil, fmt.Errorf("line %d: label %q", n, f[2])
		}
		if k := len(cur.Spans) - 1; bi == "I" && k >= 0 && cur.Spans[k].End == i-1 && cur.Spans[k].Type == t {
			cur.Spans[k].End = i
			continue
		}
		cur.Spans = append(cur.Spans, Span{i, i, t})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Conform returns spans, the named mentions of a sentence of words
// labelled by other conventions than GUM's (such as UNER's), cut to the
// names [Gold] reads: each span loses the words at its edges that are
// neither capitalised nor digits and a leading "the", a person's name
// starts after its titles ("President Bush" is "Bush"), and a span left
// without a capitalised word is dropped ("tampa bay": GUM's names are
// capitalised), as is one that ends in a lower-case word other than a
// possessive ("Caldwell insurance", "US house science committee": GUM
// names no mention whose head is a common noun).
func Conform(words []string, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		a, b := sp.Start, sp.End
		for a <= b && (!capital(words[a-1]) && !digit(words[a-1]) || strings.EqualFold(words[a-1], "the")) {
			a++
		}
		for b >= a && !capital(words[b-1]) && !digit(words[b-1]) {
			if w := words[b-1]; w != "s" && w != "'s" && w != "’s" && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				a = b + 1 // a common noun's head
			}
			b--
		}
		if sp.Type == Person && a <= b {
			a = afterTitles(func(i int) string { return words[i-1] }, a, b)
		}
		has := false
		for i := a; i <= b; i++ {
			has = has || capital(words[i-1])
		}
		if has {
			out = append(out, Span{a, b, sp.Type})
		}
	}
	return out
}
