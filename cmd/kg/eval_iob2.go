package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/ner"
)

// evalIOB2 prints the scores of kg's named mentions in sents against the
// labels of the IOB2 file name (Universal NER's format, see
// [ner.ReadIOB2]), cut to the names GUM's gold reads ([ner.Conform]). A
// sentence of sents is matched to the file's sentence with its sent_id
// and words, else to one with its words (UNER's PUD file numbers its
// sentences otherwise than UD's); one without a match is recognised but
// not scored, and the line says how many were scored.
func evalIOB2(e *env, sents []conllu.Sentence, an analyses, name string, report func(ner.Error)) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	ls, err := ner.ReadIOB2(f)
	if err != nil {
		return fmt.Errorf("ner: %s: %w", name, err)
	}
	byID, byWords := map[string]int{}, map[string]int{}
	for i, l := range ls {
		byID[l.ID] = i
		byWords[strings.Join(l.Words, "\x00")] = i
	}
	scored := 0
	gold := func(s *conllu.Sentence) ([]ner.Span, bool) {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		j, ok := byID[s.ID]
		if !ok || !slices.Equal(words, ls[j].Words) {
			if j, ok = byWords[strings.Join(words, "\x00")]; !ok {
				return nil, false
			}
		}
		scored++
		return ner.Conform(ls[j].Words, ls[j].Spans), true
	}
	ms, err := ner.EvaluateAgainst(sents, gold, an.mentions, report)
	if err != nil {
		return fmt.Errorf("ner: %s: %w", name, err)
	}
	_, err = fmt.Fprintf(e.stdout, "%v; %d of %d sentences scored\n", ms, scored, len(sents))
	return err
}
