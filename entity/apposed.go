package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// apposedParticiple returns the person named before a description set off
// by a comma that the extractor made the subject of a participle after it:
// in "Ken Aas, a Bergen lawyer representing Ann Lee, said" the lawyer
// who represents her is Ken Aas. The description opens with an article
// and ends with a role noun or a noun of people right before the
// participle. It returns nil when x's subject is no such description.
func (d *docState) apposedParticiple(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	first, last := argTokens(s, x.Subject)
	ri, _, ok := relationTokens(s, x)
	toks := s.Tokens
	if first < 2 || !ok || ri != last || si >= len(d.sents) || toks[ri].Tag != "VBG" || strings.Contains(x.Relation, " ") ||
		toks[first-1].Text != "," || !articles[toks[first].Lower()] {
		return nil
	}
	head := toks[last-1].Lower()
	if _, person := personNouns[head]; !person && !roleNoun(head) {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end == first-1 && m.ent != nil && m.ent.typ == schema.Person && named(m) && !m.possessive {
			return m.ent
		}
	}
	return nil
}

// articles open a description: "a lawyer", "the spokesman".
var articles = map[string]bool{"a": true, "an": true, "the": true}
