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

// Add counts the predicted and gold mentions of one sentence.
func (s *Scores) Add(gold, pred []Span) {
	if s.Found == nil {
		s.Found, s.Gold, s.Matched = map[Type]int{}, map[Type]int{}, map[Type]int{}
	}
	want := map[Span]bool{}
	spans := map[[2]int]bool{}
	for _, g := range gold {
		s.Gold[g.Type]++
		want[g] = true
		spans[[2]int{g.Start, g.End}] = true
	}
	for _, p := range pred {
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
		_, _, f := s.PRF(t)
		fmt.Fprintf(&b, " %s %.3f", t, f)
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
	fmt.Fprintf(&b, " spans %.3f (F1; %d gold mentions)", sf, n)
	return b.String()
}

// Evaluate finds the named mentions of each sentence's gold words with find
// and scores them against the sentence's gold named mentions ([Gold]).
func Evaluate(sents []conllu.Sentence, find func(words []string) ([]Span, error)) (Scores, error) {
	var sc Scores
	for i := range sents {
		words := make([]string, len(sents[i].Words))
		for j, w := range sents[i].Words {
			words[j] = w.Form
		}
		found, err := find(words)
		if err != nil {
			return sc, fmt.Errorf("sentence %s: %w", sents[i].ID, err)
		}
		sc.Add(Gold(&sents[i]), found)
	}
	return sc, nil
}
