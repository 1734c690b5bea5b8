package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// whomPreps open a relative clause whose verb takes its antecedent as the
// object of the preposition ("with whom", "to whom").
var whomPreps = map[string]bool{"with": true, "to": true, "against": true, "for": true, "alongside": true}

// prepRelative: "Tom Wu, with whom Ann Lee feuded,", "Sweden, against which
// Norway fought": a relative clause that a preposition and "whom" or
// "which" open after a named actor and a comma, whose verb has no object,
// relates its subject to the antecedent through the preposition: Ann Lee
// —feud_with→ Tom Wu.
func (d *docState) prepRelative(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if x.Object.End > x.Object.Start || si >= len(d.sents) {
		return
	}
	toks := s.Tokens
	k, _ := argTokens(s, x.Subject)
	if k < 3 || x.Subject.Start < toks[k].Start {
		return
	}
	if w := toks[k-1].Lower(); w != "whom" && w != "which" || !whomPreps[toks[k-2].Lower()] || toks[k-3].Text != "," {
		return
	}
	prep := toks[k-2].Lower()
	if strings.HasSuffix(x.Lemma, "_"+prep) || strings.Contains(x.Lemma, "_") {
		return // the verb took a preposition of its own
	}
	for _, m := range d.sents[si] {
		if m.end != k-3 || m.ent == nil || m.ent == subj || !named(m) || m.possessive || !actorEntity(m.ent) {
			continue
		}
		lemma := x.Lemma + "_" + prep
		if lemma == "marry_to" {
			lemma = "married_to" // "to whom he was married", as "was married to" reads
		}
		if f := d.derive(si, x.Subject, x.Relation+" "+prep, lemma, subj, m.ent, "", x.Confidence*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
		return
	}
}
