package tag

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestMembers checks that a tagger averaging several members tags its
// training sentences, records them, and that one member is the tagger
// without members.
func TestMembers(t *testing.T) {
	sents := taggedSentences(
		"Kim/NNP/PROPN visited/VBD/VERB Moscow/NNP/PROPN ./././PUNCT",
		"The/DT/DET troops/NNS/NOUN were/VBD/AUX sent/VBN/VERB by/IN/ADP Russia/NNP/PROPN",
		"Troops/NNS/NOUN visit/VBP/VERB cities/NNS/NOUN",
	)
	tg := Train(sents, Options{Epochs: 5, Seed: 1, Members: 3})
	if got := tg.Meta().Members; got != 3 {
		t.Errorf("Meta().Members = %d, want 3", got)
	}
	for _, s := range sents {
		var words, want []string
		for _, w := range s {
			words, want = append(words, w.Form), append(want, w.XPOS)
		}
		if got, _ := tg.Tag(words); !slices.Equal(got, want) {
			t.Errorf("Tag(%q) = %v, want %v", words, got, want)
		}
	}
	var one, plain bytes.Buffer
	Train(sents, Options{Epochs: 5, Seed: 1, Members: 1}).WriteTo(&one)
	Train(sents, Options{Epochs: 5, Seed: 1}).WriteTo(&plain)
	if !bytes.Equal(one.Bytes(), plain.Bytes()) {
		t.Errorf("a tagger of one member differs from one trained without Members")
	}
}

// taggedSentences returns the sentences of lines of words written
// form/XPOS/UPOS ("./././PUNCT" for a full stop).
func taggedSentences(lines ...string) [][]Word {
	var sents [][]Word
	for _, s := range lines {
		var ws []Word
		for _, f := range strings.Fields(s) {
			p := strings.Split(f, "/")
			if len(p) == 4 { // the full stop
				p = []string{".", ".", "PUNCT"}
			}
			ws = append(ws, Word{p[0], p[1], p[2]})
		}
		sents = append(sents, ws)
	}
	return sents
}
