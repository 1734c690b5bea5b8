package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// custodyHolder adds that the body after "the custody of" holds the
// subject a copula puts in it: "Tom Wu had been in the custody of Swedish
// authorities", "Ann Lee remains in the custody of Norwegian police"
// (hold). A custody denied, wished for or ended ("was released from the
// custody of") gives none.
func (d *docState) custodyHolder(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	var relArr [16]string
	rel := lowerFields(relArr[:0], x.Relation)
	if len(rel) < 2 || rel[len(rel)-1] != "in" || x.Negated || wishedRole(x.Relation) || si >= len(d.sents) ||
		f.subj == nil || f.subj.typ != schema.Person {
		return
	}
	switch rel[len(rel)-2] {
	case "is", "are", "was", "were", "been", "be", "remains", "remained", "remain", "stays", "stayed":
	default:
		return
	}
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return
	}
	k := first
	if strings.EqualFold(s.Tokens[k].Text, "the") {
		k++
	}
	if k+2 >= last || s.Tokens[k].Lower() != "custody" || s.Tokens[k+1].Lower() != "of" {
		return
	}
	for _, m := range d.sents[si] {
		if m.start < k+2 || m.end > last || m.adj || m.ent == nil || m.ent == f.subj || !actorEntity(m.ent) {
			continue
		}
		d.derive(si, x.Object, x.Relation, "hold", m.ent, f.subj, "", x.Confidence*placeArgConf)
		return
	}
}
