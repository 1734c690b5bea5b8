package udeval

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/nlp/conllu"
)

const gold = `# newdoc id = d
# text = Kim doesn't go.
1	Kim	Kim	PROPN	NNP	_	4	nsubj	_	_
2-3	doesn't	_	_	_	_	_	_	_	_
2	does	do	AUX	VBZ	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# newpar
# text = Troops left.
1	Troops	troop	NOUN	NNS	_	2	nsubj:pass	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

func read(t *testing.T) []conllu.Sentence {
	s, err := conllu.Read(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEvaluate(t *testing.T) {
	sents := read(t)
	// A system that gets everything right but the first word's head and
	// the last sentence's subtype (which LAS ignores).
	sc, err := Evaluate(sents, func(words []string) (Prediction, error) {
		for _, s := range sents {
			g, w := GoldOf(s)
			if strings.Join(w, " ") != strings.Join(words, " ") {
				continue
			}
			p := Prediction{UPOS: g.UPOS, XPOS: g.XPOS, Heads: append([]int(nil), g.Heads...), Rels: append([]string(nil), g.Rels...)}
			if words[0] == "Kim" {
				p.Heads[0] = 2
			} else {
				p.Rels[0] = "nsubj"
			}
			return p, nil
		}
		t.Fatalf("unexpected words %q", words)
		return Prediction{}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sc.Words != 8 || sc.UPOS != 8 || sc.UAS != 7 || sc.LAS != 7 || sc.Full != 6 {
		t.Errorf("Evaluate: %+v, want 8 words, UPOS 8, UAS 7, LAS 7, full 6", sc)
	}
	if got, want := sc.String(), "UPOS 1.000 XPOS 1.000 UAS 0.875 LAS 0.875 sentences 2 tokens 8"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestAlign(t *testing.T) {
	sents := read(t)
	text, spans := GoldText(sents)
	if want := "Kim doesn't go.\n\nTroops left."; text != want {
		t.Fatalf("GoldText = %q, want %q", text, want)
	}
	if spans[0][1] != (Span{4, 8}) || spans[0][2] != (Span{8, 11}) {
		t.Errorf("GoldText spans of does, n't = %v %v, want {4 8} {8 11}", spans[0][1], spans[0][2])
	}
	// The system keeps "doesn't" whole and splits one sentence into the
	// same two: 4 of 5 words found in the first, all 3 in the second.
	sys := System{
		Sentences: []Span{{0, 15}, {17, 29}},
		Words: [][]Span{
			{{0, 3}, {4, 11}, {12, 14}, {14, 15}},
			{{17, 23}, {24, 28}, {28, 29}},
		},
		Analyses: []Prediction{
			{UPOS: []string{"PROPN", "AUX", "VERB", "PUNCT"}, XPOS: []string{"NNP", "VBZ", "VB", "."}, Heads: []int{3, 3, 0, 3}, Rels: []string{"nsubj", "aux", "root", "punct"}},
			{UPOS: []string{"NOUN", "VERB", "PUNCT"}, XPOS: []string{"NNS", "VBD", "."}, Heads: []int{2, 0, 2}, Rels: []string{"nsubj", "root", "punct"}},
		},
	}
	a := Align(sents, spans, sys)
	if a.Matched != 6 || a.MatchedSents != 2 || a.UAS != 6 || a.LAS != 6 {
		t.Errorf("Align: %+v, want 6 words matched, 2 sentences, UAS 6, LAS 6", a)
	}
}
