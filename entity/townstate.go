package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// townOfState reports whether the tokens from b are a comma and the name
// of a sovereign state or of a state's first division that the gazetteer
// knows, closed by punctuation or a lower-case word: the lone name before
// them is a town of that state ("Yutaka Iwasaki of Kobe, Japan",
// "residents of Tyler, Texas"), whatever else the recogniser knows its
// word for. A possessive after the state ("Tanaka, Japan's envoy") or a
// capitalised word ("Kobe, Japan Airlines") says otherwise, and the word
// before the comma must be tagged a proper noun (or, inside the sentence,
// be a capitalised word tagged a plural: "through Cahors, France") and be
// no head word of a name ("Yesterday, Japan", "Milwaukee County,
// Wisconsin").
func (r *Resolver) townOfState(toks []nlp.Token, b int) bool {
	if b < 1 || b+1 >= len(toks) || toks[b].Text != "," || !strings.HasPrefix(toks[b-1].Tag, "NNP") && !capitalPlural(toks, b-1) {
		return false // "Yesterday, North Korea fired": an adverb opening the sentence
	}
	if w := toks[b-1].Text; r.g.is("regionhead", w) || r.g.is("placehead", w) || r.g.is("orghead", w) || r.g.is("notname", w) {
		return false // "Milwaukee County, Wisconsin": a name's head word alone is no town
	}
	for n := 1; n <= 3 && b+1+n <= len(toks); n++ {
		e, ok := lookupKey(r.g.entries, spanWords(toks[b+1:b+1+n]))
		if !ok || !r.sovereign(e) && !e.region {
			continue
		}
		if end := b + 1 + n; end == len(toks) || toks[end].Tag != "POS" && !isCap(toks[end].Text) {
			return true
		}
	}
	return false
}

// capitalPlural reports whether token k, inside its sentence, is a
// capitalised word the tagger read as a common plural: a town's name
// ending in "s" ("the streets of Cahors, France").
func capitalPlural(toks []nlp.Token, k int) bool {
	return k > 0 && toks[k].Tag == "NNS" && isCap(toks[k].Text)
}

// spanWords returns the texts of toks joined by spaces.
func spanWords(toks []nlp.Token) string {
	if len(toks) == 1 {
		return toks[0].Text
	}
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.Text
	}
	return strings.Join(w, " ")
}
