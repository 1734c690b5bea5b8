// Package udeval scores predicted tags and dependency trees against gold
// treebank sentences the way the CoNLL 2018 shared task does on gold
// tokens: every word counts, punctuation included, and LAS compares the
// universal part of each relation ("nsubj" for "nsubj:pass").
package udeval

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/nlp/conllu"
)

// A Prediction is a system's analysis of one sentence's gold words.
type Prediction struct {
	UPOS, XPOS []string
	Heads      []int
	Rels       []string
}

// A Gold is the gold analysis of one sentence.
type Gold = Prediction

// Scores count correct words.
type Scores struct {
	Sentences, Words           int
	UPOS, XPOS, UAS, LAS, Full int
}

// Add scores one sentence. Predicted slices shorter than gold count the
// missing words as wrong.
func (s *Scores) Add(gold Gold, pred Prediction) {
	s.Sentences++
	for i := range gold.Heads {
		s.Words++
		if i < len(pred.UPOS) && pred.UPOS[i] == gold.UPOS[i] {
			s.UPOS++
		}
		if i < len(pred.XPOS) && pred.XPOS[i] == gold.XPOS[i] {
			s.XPOS++
		}
		if i >= len(pred.Heads) || pred.Heads[i] != gold.Heads[i] {
			continue
		}
		s.UAS++
		if i < len(pred.Rels) && universal(pred.Rels[i]) == universal(gold.Rels[i]) {
			s.LAS++
			if pred.Rels[i] == gold.Rels[i] {
				s.Full++
			}
		}
	}
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

func (s Scores) ratio(n int) float64 {
	if s.Words == 0 {
		return 0
	}
	return float64(n) / float64(s.Words)
}

// UPOSAcc and the others return accuracies in [0, 1].
func (s Scores) UPOSAcc() float64 { return s.ratio(s.UPOS) }

// XPOSAcc returns the accuracy of Penn tags.
func (s Scores) XPOSAcc() float64 { return s.ratio(s.XPOS) }

// UASAcc returns the share of words with the right head.
func (s Scores) UASAcc() float64 { return s.ratio(s.UAS) }

// LASAcc returns the share of words with the right head and universal
// relation.
func (s Scores) LASAcc() float64 { return s.ratio(s.LAS) }

// String formats the scores as kg eval prints them.
func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.3f XPOS %.3f UAS %.3f LAS %.3f sentences %d tokens %d",
		s.UPOSAcc(), s.XPOSAcc(), s.UASAcc(), s.LASAcc(), s.Sentences, s.Words)
}

// An Analyzer tags and parses one sentence of gold words.
type Analyzer func(words []string) (Prediction, error)

// Evaluate analyses the gold words of each sentence with analyze and
// scores the result against the gold annotation.
func Evaluate(sents []conllu.Sentence, analyze Analyzer) (Scores, error) {
	var sc Scores
	for _, s := range sents {
		g, words := GoldOf(s)
		p, err := analyze(words)
		if err != nil {
			return sc, fmt.Errorf("sentence %s: %w", s.ID, err)
		}
		sc.Add(g, p)
	}
	return sc, nil
}

// GoldOf returns the gold annotation of s and its words.
func GoldOf(s conllu.Sentence) (Gold, []string) {
	var g Gold
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		words[i] = w.Form
		g.UPOS = append(g.UPOS, w.UPOS)
		g.XPOS = append(g.XPOS, w.XPOS)
		g.Heads = append(g.Heads, w.Head)
		g.Rels = append(g.Rels, w.Rel)
	}
	return g, words
}

// A Span is a word's or sentence's place in a text: byte offsets [Start,
// End).
type Span struct{ Start, End int }

// A System is a system's analysis of raw text: its sentences, each a list
// of word spans with their analysis.
type System struct {
	Sentences []Span
	Words     [][]Span
	Analyses  []Prediction
}

// Aligned are the CoNLL 2018 scores on raw text: F1 of tokens, sentences
// and words (a word is found when its span is), and of UPOS, XPOS, UAS and
// LAS over found words (a head is right when it is the word aligned to the
// gold head).
type Aligned struct {
	GoldWords, SysWords, Matched      int
	GoldSents, SysSents, MatchedSents int
	UPOS, XPOS, UAS, LAS              int
}

func f1(correct, gold, sys int) float64 {
	if gold == 0 || sys == 0 || correct == 0 {
		return 0
	}
	p, r := float64(correct)/float64(sys), float64(correct)/float64(gold)
	return 2 * p * r / (p + r)
}

// String formats the scores as kg eval --tokenize prints them.
func (a Aligned) String() string {
	return fmt.Sprintf("Tokens %.3f Sentences %.3f UPOS %.3f XPOS %.3f UAS %.3f LAS %.3f sentences %d tokens %d (F1, aligned on the text)",
		f1(a.Matched, a.GoldWords, a.SysWords), f1(a.MatchedSents, a.GoldSents, a.SysSents),
		f1(a.UPOS, a.GoldWords, a.SysWords), f1(a.XPOS, a.GoldWords, a.SysWords),
		f1(a.UAS, a.GoldWords, a.SysWords), f1(a.LAS, a.GoldWords, a.SysWords),
		a.GoldSents, a.GoldWords)
}

// Align scores sys against the gold sentences, whose words stand at the
// spans goldWords (one slice a sentence) of the same text.
func Align(gold []conllu.Sentence, goldWords [][]Span, sys System) Aligned {
	var a Aligned
	type ref struct{ sent, word int }
	sysAt := map[Span]ref{}
	sysSents := map[Span]bool{}
	for si, ws := range sys.Words {
		a.SysWords += len(ws)
		for wi, w := range ws {
			sysAt[w] = ref{si, wi}
		}
		sysSents[sys.Sentences[si]] = true
	}
	a.SysSents = len(sys.Sentences)
	for gi, s := range gold {
		ws := goldWords[gi]
		a.GoldSents++
		a.GoldWords += len(ws)
		if len(ws) > 0 && sysSents[Span{ws[0].Start, ws[len(ws)-1].End}] {
			a.MatchedSents++
		}
		for wi, span := range ws {
			r, ok := sysAt[span]
			if !ok {
				continue
			}
			a.Matched++
			gw, p := s.Words[wi], sys.Analyses[r.sent]
			if p.UPOS[r.word] == gw.UPOS {
				a.UPOS++
			}
			if p.XPOS[r.word] == gw.XPOS {
				a.XPOS++
			}
			// The system's head, as a span, must be the gold head's span.
			ph, gh := p.Heads[r.word], gw.Head
			var okHead bool
			switch {
			case ph == 0 || gh == 0:
				okHead = ph == 0 && gh == 0
			default:
				okHead = sys.Words[r.sent][ph-1] == ws[gh-1]
			}
			if okHead {
				a.UAS++
				if universal(p.Rels[r.word]) == universal(gw.Rel) {
					a.LAS++
				}
			}
		}
	}
	return a
}

// GoldText writes the sentences back as raw text, as the treebank's
// tokens and SpaceAfter marks give it (sentences of a paragraph joined by
// a space, paragraphs and documents by a blank line), and returns it with
// each gold word's span. The words of a multiword token split its span
// where their forms spell it ("don't" = "do" + "n't"), and share it
// otherwise.
func GoldText(sents []conllu.Sentence) (string, [][]Span) {
	var b strings.Builder
	spans := make([][]Span, len(sents))
	for si, s := range sents {
		if si > 0 {
			if s.NewPar || s.Doc != sents[si-1].Doc {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		ws := make([]Span, len(s.Words))
		toks := s.SurfaceTokens()
		for ti, tok := range toks {
			start := b.Len()
			b.WriteString(tok.Form)
			end := b.Len()
			var joined strings.Builder
			for i := tok.From; i <= tok.To; i++ {
				joined.WriteString(s.Words[i-1].Form)
			}
			off := start
			for i := tok.From; i <= tok.To; i++ {
				if joined.String() == tok.Form {
					l := len(s.Words[i-1].Form)
					ws[i-1] = Span{off, off + l}
					off += l
				} else {
					ws[i-1] = Span{start, end}
				}
			}
			if tok.SpaceAfter && ti < len(toks)-1 {
				b.WriteString(" ")
			}
		}
		spans[si] = ws
	}
	return b.String(), spans
}
