package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/ner"
)

// TestCrossValidate checks that every document is recognised once, by a
// model that did not train on it, and scored against its gold names.
func TestCrossValidate(t *testing.T) {
	var text strings.Builder
	towns := []string{"Oslo", "Lagos", "Lima", "Quito"}
	for d, town := range towns {
		fmt.Fprintf(&text, "# newdoc id = GUM_news_%d\n# sent_id = GUM_news_%d-1\n", d, d)
		fmt.Fprintf(&text, "1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-x-sgl)\n")
		fmt.Fprintf(&text, "2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n")
		fmt.Fprintf(&text, "3\t%s\t%s\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-place-new-x-x-x-sgl)\n", town, town)
		fmt.Fprintf(&text, "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n")
	}
	gold, err := conllu.Read(strings.NewReader(text.String()))
	if err != nil {
		t.Fatal(err)
	}
	var sents []ner.Sentence
	for i := range gold {
		s := ner.Sentence{Doc: gold[i].Doc, Spans: ner.GoldAll(&gold[i])}
		for _, w := range gold[i].Words {
			s.Words, s.Tags = append(s.Words, w.Form), append(s.Tags, w.XPOS)
		}
		sents = append(sents, s)
	}
	sc, conf := crossValidate(sents, gold, 2, ner.Options{Epochs: 3, Seed: 1}, 0)
	if n := sc.Gold[ner.Person] + sc.Gold[ner.Place]; n != 2*len(towns) {
		t.Errorf("crossValidate scored %d gold mentions, want %d: each document once", n, 2*len(towns))
	}
	if sc.Spans == 0 || conf.String() == "" {
		t.Errorf("crossValidate found no gold span (scores %v, confusion %q), want the names its models learnt from the other fold", sc, conf.String())
	}
}
