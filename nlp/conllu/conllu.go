// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies (https://universaldependencies.org/format.html): sentences of
// words with their tags, heads and relations, and the entity mentions that
// GUM writes in the MISC column.
//
// Only basic trees are read: multiword-token lines ("3-4") give the surface
// form of a contraction and are kept as [Sentence.Ranges]; empty nodes of
// enhanced dependencies ("5.1") are skipped.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Word is one syntactic word of a sentence.
type Word struct {
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	// Head is the 1-based index of the word's head, 0 for the root.
	Head int
	// Rel is the dependency relation to the head, subtypes included
	// ("nsubj:pass").
	Rel  string
	Misc string
	// SpaceAfter is false where MISC says SpaceAfter=No.
	SpaceAfter bool
}

// A Range is a multiword token: words From to To (1-based, inclusive) are
// written as Form in the text.
type Range struct {
	From, To   int
	Form       string
	SpaceAfter bool
}

// A Sentence is one sentence of a treebank.
type Sentence struct {
	// ID is the sent_id comment, Text the text comment; Doc is the newdoc
	// id in force, NewPar whether a newpar comment precedes the sentence.
	ID, Text, Doc string
	NewPar        bool
	Words         []Word
	Ranges        []Range
}

// Heads returns the words' heads as a slice indexed from 1, with index 0
// standing for the root. The caller owns the slice.
func (s *Sentence) Heads() []int {
	h := make([]int, len(s.Words)+1)
	for i, w := range s.Words {
		h[i+1] = w.Head
	}
	return h
}

// A ParseError reports a malformed line.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Read returns every sentence of r. It fails on the first malformed line,
// naming it, and when a sentence's heads or multiword tokens point outside
// the sentence.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var (
		out    []Sentence
		cur    Sentence
		doc    string
		newPar bool
		line   int
		start  int
	)
	flush := func() error {
		if len(cur.Words) == 0 {
			cur = Sentence{}
			return nil
		}
		for i, w := range cur.Words {
			if w.Head < 0 || w.Head > len(cur.Words) || w.Head == i+1 {
				return &ParseError{Line: start, Err: fmt.Errorf("sentence %q: word %d has head %d", cur.ID, i+1, w.Head)}
			}
		}
		last := 0
		for _, r := range cur.Ranges {
			if r.From <= last || r.To > len(cur.Words) {
				return &ParseError{Line: start, Err: fmt.Errorf("sentence %q: multiword token %d-%d overlaps another or passes its %d words", cur.ID, r.From, r.To, len(cur.Words))}
			}
			last = r.To
		}
		cur.Doc, cur.NewPar = doc, newPar
		newPar = false
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case l == "":
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		case strings.HasPrefix(l, "#"):
			k, v, _ := strings.Cut(strings.TrimSpace(l[1:]), "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch {
			case k == "newdoc id":
				doc = v
			case k == "newdoc":
				doc = ""
			case k == "newpar" || k == "newpar id":
				newPar = true
			case k == "sent_id":
				cur.ID = v
			case k == "text":
				cur.Text = v
			}
			continue
		}
		if len(cur.Words) == 0 && len(cur.Ranges) == 0 {
			start = line
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, &ParseError{Line: line, Err: fmt.Errorf("%d columns, want 10", len(f))}
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node of an enhanced graph
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			from, err1 := strconv.Atoi(a)
			to, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || from > to {
				return nil, &ParseError{Line: line, Err: fmt.Errorf("bad range %q", id)}
			}
			cur.Ranges = append(cur.Ranges, Range{From: from, To: to, Form: f[1], SpaceAfter: !hasMisc(f[9], "SpaceAfter=No")})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return nil, &ParseError{Line: line, Err: fmt.Errorf("word id %q, want %d", id, len(cur.Words)+1)}
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, &ParseError{Line: line, Err: fmt.Errorf("bad head %q", f[6])}
		}
		cur.Words = append(cur.Words, Word{
			Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
			Head: head, Rel: f[7], Misc: f[9], SpaceAfter: !hasMisc(f[9], "SpaceAfter=No"),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// SurfaceTokens returns the sentence's tokens as written: a multiword
// token's form stands for its words. Each token gives the range of words
// it covers (1-based, inclusive).
func (s *Sentence) SurfaceTokens() []Range {
	var out []Range
	r := 0
	for i := 1; i <= len(s.Words); i++ {
		if r < len(s.Ranges) && s.Ranges[r].From == i {
			out = append(out, s.Ranges[r])
			i = s.Ranges[r].To
			r++
			continue
		}
		w := s.Words[i-1]
		out = append(out, Range{From: i, To: i, Form: w.Form, SpaceAfter: w.SpaceAfter})
	}
	return out
}
