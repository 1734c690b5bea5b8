package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// choosingVerbs choose a person for an office: "nominated Tom Wu for
// president and Ann Lee for vice president".
var choosingVerbs = map[string]bool{
	"nominate": true, "select": true, "choose": true, "pick": true, "endorse": true, "appoint": true,
}

// nominees adds subj —VERB→ nominee for the people a choosing verb
// ([choosingVerbs]) chooses beyond its object: a party's ticket ("the
// Green Party nominated the ticket of Tom Wu for president and Ann Lee for
// vice president" nominates both; only an organisation nominates a
// ticket) and a second person after the first one's office ("nominated
// Tom Wu for president and Ann Lee for vice president").
func (d *docState) nominees(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || !actorEntity(f.subj) || !choosingVerbs[verb] || si >= len(d.sents) {
		return
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Object)
	ticket := false
	if k := first; f.obj == nil && f.subj.typ == schema.Organization && k >= 0 {
		if w := toks[k].Lower(); k < last && (w == "a" || w == "the") {
			k++
		}
		for n := 0; n < 2 && k < last && toks[k].Tag == "JJ"; n++ {
			k++ // "a new ticket of"
		}
		if k+2 < last && (toks[k].Lower() == "ticket" || toks[k].Lower() == "slate") && toks[k+1].Lower() == "of" {
			if m := d.personIn(si, k+2, last, last-k-2); m != nil {
				ticket = true
				d.derive(si, x.Subject, x.Relation, verb, f.subj, m.ent, "", x.Confidence*placeArgConf)
			}
		}
	}
	if !ticket && (f.obj == nil || f.obj.typ != schema.Person) {
		return
	}
	for _, a := range x.Extra {
		af, al := argTokens(s, a)
		if af < 0 || a.Start < x.Object.End || !strings.EqualFold(toks[af].Text, "for") {
			continue
		}
		// "for president and podcaster Ann Lee": the office, "and", then
		// the next nominee with at most five words of description
		// ("Michigan Taxpayers Party chairman Ann Lee").
		for k := af + 1; k < al && k <= af+3; k++ {
			if toks[k].Text == "and" {
				if m := d.personIn(si, k+1, al, 5); m != nil && m.ent != f.obj {
					d.derive(si, x.Subject, x.Relation, verb, f.subj, m.ent, "", x.Confidence*placeArgConf)
				}
				break
			}
		}
	}
}

// personIn returns the first named person's mention of sentence si that
// starts within words tokens of token first and ends by token last, or nil.
func (d *docState) personIn(si, first, last, words int) *mention {
	for _, m := range d.sents[si] { // in token order
		if m.start >= first && m.start <= first+words && m.end <= last && named(m) && m.ent != nil && !m.adj && !m.possessive &&
			m.ent.typ == schema.Person {
			return m
		}
	}
	return nil
}
