package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/corefeval"
)

// A descForm is the form of a description: how its words open.
type descForm int

const (
	descThe   descForm = iota // "the airline", "the Korean company"
	descThis                  // "this company", "that minister"
	descOwned                 // "the country's president", "its chairman"
	descOther                 // "a company", "companies"
	descForms
)

var descFormNames = [descForms]string{"the N", "this N", "X's N", "other N"}

// A descOutcome is what kg's resolver made of a description.
type descOutcome int

const (
	descLinked descOutcome = iota // in a chain of kg's with another mention of its gold entity
	descWrong                     // in a chain of kg's with mentions of other gold entities only
	descAlone                     // in a chain of kg's with no other gold mention
	descMissed                    // in no chain of kg's
	descOutcomes
)

var descOutcomeNames = [descOutcomes]string{"linked", "wrong", "alone", "missed"}

// descScores count the descriptions of GUM's named chains (gold mentions
// headed by a common noun) by form and by what kg made of them.
type descScores [descForms][descOutcomes]int

// String formats the counts on one line.
func (s *descScores) String() string {
	var b strings.Builder
	b.WriteString("descriptions in named chains:")
	for f := range descForms {
		n := 0
		for _, c := range s[f] {
			n += c
		}
		fmt.Fprintf(&b, " %s %d (", descFormNames[f], n)
		for o := range descOutcomes {
			if o > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s %d", descOutcomeNames[o], s[f][o])
		}
		b.WriteString(");")
	}
	return strings.TrimSuffix(b.String(), ";")
}

// descForm returns the form of gold mention a..b (1-based) of s with head
// word h.
func formOf(s *conllu.Sentence, a, b, h int) descForm {
	for i := a; i < h; i++ {
		if strings.HasPrefix(s.Words[i-1].Rel, "nmod:poss") && s.Words[i-1].Head == h {
			return descOwned
		}
	}
	switch strings.ToLower(s.Words[a-1].Form) {
	case "the":
		return descThe
	case "this", "that", "these", "those":
		return descThis
	}
	return descOther
}

// addDescs adds to sc the descriptions of one document: the gold mentions
// of key chains headed by a common noun (NN, NNS), and what kg's chains
// (response, mapped to gold mentions) made of each. With w it also writes
// one line for each description that kg did not link.
func addDescs(sc *descScores, w io.Writer, doc []conllu.Sentence, key, response []corefeval.Entity[goldMention]) error {
	keyOf, respOf := chainIndex(key), chainIndex(response)
	for ki, k := range key {
		for _, m := range k {
			s := &doc[m.sent]
			h := s.SpanHead(m.start, m.end)
			if t := s.Words[h-1].XPOS; t != "NN" && t != "NNS" {
				continue
			}
			f := formOf(s, m.start, m.end, h)
			o, _ := outcomeOf(m, ki, keyOf, respOf, response)
			sc[f][o]++
			if w == nil || o == descLinked {
				continue
			}
			words := make([]string, 0, m.end-m.start+1)
			for i := m.start; i <= m.end; i++ {
				words = append(words, s.Words[i-1].Form)
			}
			name := ""
			for _, x := range k {
				if x.sent == m.sent && x.start == m.start {
					continue
				}
				xs := &doc[x.sent]
				if xh := xs.SpanHead(x.start, x.end); xs.Words[xh-1].XPOS == "NNP" || xs.Words[xh-1].XPOS == "NNPS" {
					for i := x.start; i <= x.end; i++ {
						name += xs.Words[i-1].Form + " "
					}
					break
				}
			}
			if _, err := fmt.Fprintf(w, "d %s %s %d %s %q -> %q head %s\n", descOutcomeNames[o], descFormNames[f], m.sent+1,
				s.Doc, strings.Join(words, " "), strings.TrimSpace(name), strings.ToLower(s.Words[h-1].Lemma)); err != nil {
				return err
			}
		}
	}
	return nil
}

// evalDescs counts, for each resolved document of docs, the descriptions
// in GUM's named chains and what kg's resolver made of them ([addDescs]).
func evalDescs(w io.Writer, docs []docChains) (descScores, error) {
	var sc descScores
	for _, d := range docs {
		if err := addDescs(&sc, w, d.doc, d.key, d.response); err != nil {
			return sc, err
		}
	}
	return sc, nil
}

// chainIndex maps each mention of chains to the index of its chain.
func chainIndex(chains []corefeval.Entity[goldMention]) map[goldMention]int {
	of := map[goldMention]int{}
	for i, c := range chains {
		for _, m := range c {
			of[m] = i
		}
	}
	return of
}

// outcomeOf returns what kg's chains (response, indexed by respOf) made
// of gold mention m of key chain ki (keyOf indexes the key chains), and
// for a wrong link the key chain it was linked to instead (-1 otherwise).
func outcomeOf(m goldMention, ki int, keyOf, respOf map[goldMention]int, response []corefeval.Entity[goldMention]) (descOutcome, int) {
	ri, ok := respOf[m]
	if !ok {
		return descMissed, -1
	}
	o, wrong := descAlone, -1
	for _, x := range response[ri] {
		if x == m {
			continue
		}
		if xk, ok := keyOf[x]; ok && xk == ki {
			return descLinked, -1
		} else if ok {
			o, wrong = descWrong, xk
		}
	}
	return o, wrong
}
