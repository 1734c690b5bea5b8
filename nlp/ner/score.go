package ner

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/nlp/conllu"
)

// Scores count named mentions found, expected and matched (exact span and
// type), in all and by type.
type Scores struct {
	Found, Gold, Matched map[Type]int
	// Spans counts found mentions whose span is a gold mention's, whatever
	// the types.
	Spans int
}

// Add counts the predicted and gold mentions of one sentence. Names typed
// [Other] are left out on both sides.
func (s *Scores) Add(gold, pred []Span) {
	if s.Found == nil {
		s.Found, s.Gold, s.Matched = map[Type]int{}, map[Type]int{}, map[Type]int{}
	}
	want := map[Span]bool{}
	spans := map[[2]int]bool{}
	for _, g := range gold {
		if g.Type == Other {
			continue
		}
		s.Gold[g.Type]++
		want[g] = true
		spans[[2]int{g.Start, g.End}] = true
	}
	for _, p := range pred {
		if p.Type == Other {
			continue
		}
		s.Found[p.Type]++
		if spans[[2]int{p.Start, p.End}] {
			s.Spans++
			delete(spans, [2]int{p.Start, p.End})
		}
		if want[p] {
			s.Matched[p.Type]++
			delete(want, p)
		}
	}
}

// unmatched returns the gold mentions that pred lacks and the mentions of
// pred that gold lacks, by exact span and type, names typed [Other] left
// out, as [Scores.Add] counts them.
func unmatched(gold, pred []Span) (missed, spurious []Span) {
	in := func(sp Span, all []Span) bool {
		for _, o := range all {
			if o == sp {
				return true
			}
		}
		return false
	}
	for _, g := range gold {
		if g.Type != Other && !in(g, pred) {
			missed = append(missed, g)
		}
	}
	for _, p := range pred {
		if p.Type != Other && !in(p, gold) {
			spurious = append(spurious, p)
		}
	}
	return missed, spurious
}

// PRF returns precision, recall and F1 for type t, or over all types when
// t is "".
func (s Scores) PRF(t Type) (p, r, f float64) {
	sum := func(m map[Type]int) int {
		if t != "" {
			return m[t]
		}
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	found, gold, ok := sum(s.Found), sum(s.Gold), sum(s.Matched)
	if found > 0 {
		p = float64(ok) / float64(found)
	}
	if gold > 0 {
		r = float64(ok) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// String formats the scores as kg eval prints them.
func (s Scores) String() string {
	var b strings.Builder
	p, r, f := s.PRF("")
	fmt.Fprintf(&b, "mentions P %.3f R %.3f F1 %.3f", p, r, f)
	for _, t := range []Type{Person, Organization, Place} {
		p, r, f := s.PRF(t)
		fmt.Fprintf(&b, "; %s P %.3f R %.3f F1 %.3f", t, p, r, f)
	}
	n, found := 0, 0
	for t, v := range s.Gold {
		n += v
		found += s.Found[t]
	}
	for t, v := range s.Found {
		if _, ok := s.Gold[t]; !ok {
			found += v
		}
	}
	sp, sr := 0.0, 0.0
	if found > 0 {
		sp = float64(s.Spans) / float64(found)
	}
	if n > 0 {
		sr = float64(s.Spans) / float64(n)
	}
	sf := 0.0
	if sp+sr > 0 {
		sf = 2 * sp * sr / (sp + sr)
	}
	fmt.Fprintf(&b, "; spans F1 %.3f (%d gold mentions)", sf, n)
	return b.String()
}

// Evaluate finds the named mentions of the gold words of each document's
// sentences with find, given each document's sentences in order, and
// scores them against the sentences' gold named mentions ([Gold]). A
// document is a run of sentences with the same Doc.
func Evaluate(sents []conllu.Sentence, find func(words [][]string) ([][]Span, error)) (Scores, error) {
	return EvaluateErrors(sents, find, nil)
}

// An Error is a mention that counts against the recogniser: a gold
// mention it missed, or one it found that no gold mention has (exact span
// and type; a span found with the wrong type is both).
type Error struct {
	Doc      string
	Sentence int      // the sentence's index in its document, from 0
	Words    []string // the sentence's words
	Span     Span
	Missed   bool // a gold mention not found; otherwise found, not gold
}

// Text returns the words of the error's mention.
func (e Error) Text() string {
	return strings.Join(e.Words[e.Span.Start-1:e.Span.End], " ")
}

// EvaluateErrors is [Evaluate] that also calls report, when it is not
// nil, with each error, document by document and sentence by sentence,
// the missed before the found.
func EvaluateErrors(sents []conllu.Sentence, find func(words [][]string) ([][]Span, error), report func(Error)) (Scores, error) {
	return EvaluateAgainst(sents, func(s *conllu.Sentence) ([]Span, bool) { return Gold(s), true }, find, report)
}

// EvaluateAgainst is [EvaluateErrors] with the gold named mentions of each
// sentence given by gold instead of [Gold]; a sentence for which gold
// returns false is recognised with its document but not scored.
func EvaluateAgainst(sents []conllu.Sentence, gold func(*conllu.Sentence) ([]Span, bool), find func(words [][]string) ([][]Span, error), report func(Error)) (Scores, error) {
	var sc Scores
	for _, d := range Docs(sents) {
		words := make([][]string, len(d))
		for i := range d {
			for _, w := range d[i].Words {
				words[i] = append(words[i], w.Form)
			}
		}
		found, err := find(words)
		if err != nil {
			return sc, fmt.Errorf("document %s: %w", d[0].Doc, err)
		}
		if len(found) != len(d) {
			return sc, fmt.Errorf("document %s: %d sentences of mentions for %d sentences", d[0].Doc, len(found), len(d))
		}
		for i := range d {
			gold, ok := gold(&d[i])
			if !ok {
				continue
			}
			sc.Add(gold, found[i])
			if report == nil {
				continue
			}
			missed, spurious := unmatched(gold, found[i])
			for _, sp := range missed {
				report(Error{Doc: d[0].Doc, Sentence: i, Words: words[i], Span: sp, Missed: true})
			}
			for _, sp := range spurious {
				report(Error{Doc: d[0].Doc, Sentence: i, Words: words[i], Span: sp})
			}
		}
	}
	return sc, nil
}

// Docs splits sents into documents: runs of sentences with the same Doc.
// The slices share sents' memory.
func Docs(sents []conllu.Sentence) [][]conllu.Sentence {
	var out [][]conllu.Sentence
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Doc == sents[i].Doc {
			j++
		}
		out = append(out, sents[i:j])
		i = j
	}
	return out
}

// A Confusion counts the named mentions found with a gold mention's span
// by the gold type, the type found and the step of the recogniser that
// gave that type ([Recognizer.RecognizeDocSteps]): where the types go
// wrong, and what sent them there. The zero value is empty and ready.
type Confusion struct {
	n map[confusionKey]int
}

type confusionKey struct {
	gold, found Type
	step        Step
}

// Add counts the mentions of pred, typed by steps (parallel to pred),
// whose span is one of gold's.
func (c *Confusion) Add(gold, pred []Span, steps []Step) {
	if c.n == nil {
		c.n = map[confusionKey]int{}
	}
	for j, p := range pred {
		for _, g := range gold {
			if g.Start == p.Start && g.End == p.End {
				c.n[confusionKey{g.Type, p.Type, steps[j]}]++
				break
			}
		}
	}
}

// ConfusionGold returns the named mentions of a GUM sentence that a
// [Confusion] counts against: [Gold]'s, and the names of GUM's other
// entity types ([GoldAll]'s [Other]) that overlap none of them.
func ConfusionGold(s *conllu.Sentence) []Span {
	out := Gold(s)
	n := len(out)
	for _, o := range GoldAll(s) {
		if o.Type != Other {
			continue
		}
		overlaps := false
		for _, g := range out[:n] {
			if o.Start <= g.End && g.Start <= o.End {
				overlaps = true
			}
		}
		if !overlaps {
			out = append(out, o)
		}
	}
	return out
}

// String formats the counts, one line for each gold type and type found,
// in the types' order: "person > place 12 (model 9, vote 3)".
func (c Confusion) String() string {
	var b strings.Builder
	for _, g := range types {
		for _, f := range types {
			total := 0
			var by []string
			for s := range Step(len(stepNames)) {
				if n := c.n[confusionKey{g, f, s}]; n > 0 {
					total += n
					by = append(by, fmt.Sprintf("%s %d", s, n))
				}
			}
			if total > 0 {
				fmt.Fprintf(&b, "%s > %s %d (%s)\n", g, f, total, strings.Join(by, ", "))
			}
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}
