package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// laterHolders: "The governor of Louisiana declared a state of emergency.
// Governor John Bel Edwards addressed the public": "the", a title that
// heads ([title.lead]), "of" and a state, then the next sentence names
// the one person with that title, met there first (so not in the
// description's own sentence) and given the lead of no other place by
// the facts: the
// description is that person's, who leads the state in its sentence. It
// runs after the facts.
func (d *docState) laterHolders(sents []nlp.Sentence) {
	for si := 0; si+1 < len(sents) && si+1 < len(d.sents); si++ {
		ms := d.sents[si]
		toks := sents[si].Tokens
		for i := 0; i+3 < len(toks); i++ {
			if toks[i].Lower() != "the" {
				continue
			}
			t, of := d.leadTitleAt(toks, i+1)
			if t == nil || of+2 >= len(toks) {
				continue
			}
			at := of + 1
			if toks[at].Lower() == "the" {
				at++ // "the Supreme Leader of the Islamic Republic of Iran"
			}
			k := slices.IndexFunc(ms, func(m *mention) bool {
				return m.start == at && !m.adj && !m.possessive && m.ent != nil && m.ent.typ == schema.GPE
			})
			if k < 0 {
				continue
			}
			state := ms[k].ent
			if e := d.nextHolder(si+1, t, state); e != nil {
				a, b := toks[i].Start, toks[ms[k].end-1].End
				d.derive(si, schema.Argument{Text: sents[si].Text[a:b], Start: a, End: b}, "named next", schema.Lead, e, state, "", roleConf)
			}
		}
	}
}

// leadTitleAt returns the title of one or two words at token i of toks
// that heads ([title.lead]) and the index of the "of" after it, or nil.
func (d *docState) leadTitleAt(toks []nlp.Token, i int) (*title, int) {
	for n := 2; n >= 1; n-- {
		j := i + n
		if j >= len(toks) || toks[j].Lower() != "of" {
			continue
		}
		words := make([]string, 0, n)
		for _, t := range toks[i:j] {
			words = append(words, t.Text)
		}
		if t := d.r.g.titles[normKey(strings.Join(words, " "))]; t != nil && t.lead {
			return t, j
		}
	}
	return nil, 0
}

// nextHolder returns the one person sentence si names with title t,
// named there first and led no place other than state by the facts, or
// nil.
func (d *docState) nextHolder(si int, t *title, state *docEntity) *docEntity {
	var found *docEntity
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.ent == found ||
			!slices.ContainsFunc(m.titles, func(x *title) bool { return strings.EqualFold(x.name, t.name) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = m.ent
	}
	if found == nil || d.namedEarlier(found, si) {
		return nil
	}
	for _, f := range d.facts {
		if f.subj == found && f.Lemma == schema.Lead && f.obj != nil && f.obj != state && isPlace(f.obj) {
			return nil
		}
	}
	return found
}
