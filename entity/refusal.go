package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// refusedAct reports whether x, a relation that "would" and a negation
// open, states a refusal that took place rather than a prediction:
// "Neither Wu nor Lee would give reporters a copy of the letter",
// "Lee would not confirm the account". The clause is the sentence's
// first: no verb, modal or quotation mark comes before the modal ("Bolton
// said he would not vote for Trump" predicts), no quotation mark after it,
// no condition in the sentence ("would not sign if ..."), and no first or
// second person speaks ("I wouldn't take it tomorrow").
func refusedAct(s nlp.Sentence, x schema.Extraction) bool {
	ri, _, ok := relationTokens(s, x)
	if !ok || !x.Negated || ri >= len(s.Tokens) || s.Tokens[ri].Lower() != "would" || conditioned(s.Tokens) {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(x.Subject.Text)) {
	case "i", "we", "you":
		return false
	}
	for k, t := range s.Tokens {
		if quoteMark(t.Text) != 0 || k < ri && (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD") {
			return false
		}
	}
	return true
}
