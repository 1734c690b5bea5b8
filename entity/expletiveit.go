package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// expletiveIt reports whether the "it" that ends before token k opens an
// expletive frame, whose "it" names nothing: "it" and a form of "be",
// past modals, auxiliaries and adverbs ("it would normally be", "it's
// really"), then
//   - "time" or "with": "it's time to put the anger behind us", "It is
//     with great sadness that I announce";
//   - a participle of saying or thinking and no "by": "it was reported
//     that", "it would normally be expected that";
//   - up to four words that hold an adjective of [evaluative] or
//     [frameWords], then "to", "that", "whether" or "for": "It is a proud
//     moment for me", "it is not customary to teach", "It is never an
//     easy decision to suspend".
//
// "It was able to buy", "it is ready to talk" stay: the adjective says
// what a body can or will do.
func expletiveIt(toks []nlp.Token, k int) bool {
	for k < len(toks) && (toks[k].Tag == "MD" || toks[k].Tag == "RB" || auxWords[toks[k].Lower()] && !beForms[toks[k].Lower()]) {
		k++
	}
	be := false
	for k < len(toks) && (beForms[toks[k].Lower()] || toks[k].Tag == "RB") {
		be = be || beForms[toks[k].Lower()]
		k++
	}
	if !be || k >= len(toks) {
		return false
	}
	switch w := toks[k].Lower(); {
	case w == "time" || w == "with":
		return true
	case toks[k].Tag == "VBN" && thoughtParticiples[w]:
		return k+1 >= len(toks) || toks[k+1].Lower() != "by"
	}
	judged := false
	for j := k; j < len(toks) && j < k+5; j++ {
		w := toks[j].Lower()
		switch {
		case evaluative[w] || frameWords[w]:
			judged = true
		case judged && (w == "to" || w == "that" || w == "whether" || w == "for"):
			return true
		case toks[j].Tag != "DT" && !strings.HasPrefix(toks[j].Tag, "JJ") && !strings.HasPrefix(toks[j].Tag, "NN") && toks[j].Tag != "RB":
			return false
		}
	}
	return false
}

// auxWords are the auxiliaries that may stand between "it" and "be".
var auxWords = map[string]bool{"has": true, "had": true, "have": true, "'s": true, "’s": true}

// thoughtParticiples are the participles of saying or thinking after an
// expletive "it is".
var thoughtParticiples = map[string]bool{
	"reported": true, "expected": true, "believed": true, "said": true, "announced": true, "thought": true,
	"feared": true, "understood": true, "estimated": true, "alleged": true, "claimed": true, "known": true,
	"hoped": true, "rumoured": true, "rumored": true, "assumed": true, "suspected": true,
}

// frameWords are the words besides [evaluative] that judge what an
// expletive "it is" goes on to state: "it is customary to", "It is a
// proud moment for me to", "it is clear that".
var frameWords = map[string]bool{
	"customary": true, "exciting": true, "clear": true, "unclear": true, "obvious": true, "evident": true,
	"true": true, "moment": true, "honour": true,
	"honor": true, "pleasure": true, "privilege": true, "shame": true, "pity": true, "mistake": true,
	"sad": true, "tragic": true, "great": true, "proud": true, "nice": true, "fun": true, "tough": true,
}
