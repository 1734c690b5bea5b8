package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// titleFirstAnd: "former Norwegian Foreign Minister and former Oslo mayor
// Tom Wu", "Halvik Motors chairman and Labour MP Ann Lee": a state or a
// body, a title of the gazetteer and "and" before a second title and the
// person's name: the first title's role is the person's too, as the
// title right before a name gives it; the second title is read as ever.
// A lower-case local head after a place ("Oslo mayor and ...") is
// [docState.localHeadAndTitle]'s.
func (d *docState) titleFirstAnd(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	if !slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Text == "and" }) {
		return // most sentences: no title looked up
	}
	for i, a := range ms {
		if a.ent == nil || a.possessive || a.ent.typ != schema.GPE && a.ent.typ != schema.Organization || a.end >= len(toks) {
			continue
		}
		t, k := d.titleAt(toks, a.end)
		if t == nil || k+2 >= len(toks) || toks[k].Text != "and" || !a.adj && localHeads[toks[a.end].Text] {
			continue
		}
		p := modifiersBefore(toks, a.start)
		for p > 0 && toks[p-1].Tag == "NNP" && isCap(toks[p-1].Text) {
			p-- // "a Kataeb Hezbollah official and ...": the rest of the body's name
		}
		if p > 0 && (toks[p-1].Tag == "DT" || toks[p-1].Tag == "PRP$" || toks[p-1].Tag == "POS") {
			continue // "met the Norwegian foreign minister and Swedish Prime Minister Tom Wu": two people
		}
		lemma := schema.Lead
		if !t.lead {
			lemma = titleLemma(t)
		}
		noun := strings.ToLower(t.name)
		if a.ent.typ == schema.GPE && (lemma == schema.MemberOf || craftHeads[noun] || a.adj && townHeads[noun] || len(chambers[noun]) > 0) ||
			honorific(t) || pendingTitle(t) {
			// "a British MP and ...", "Nigerian governor and ...",
			// "US Senator and ...": a seat, a trade or a region's head,
			// no role of the state read here.
			continue
		}
		if lemma == schema.Lead {
			lemma = rankRole(lemma, noun, a.ent)
		}
		for _, b := range ms[i+1:] {
			if b.start <= k {
				continue
			}
			if b.ent == nil || b.ent.typ != schema.Person {
				if b.ent != nil && b.ent.typ != schema.GPE && b.ent.typ != schema.Organization {
					break
				}
				continue // the second title's holder: "and former Oslo mayor"
			}
			if !named(b) || b.possessive || !d.titledAfter(toks, b, k+1) || b.start > k+8 || b.ent == a.ent ||
				slices.ContainsFunc(toks[k+1:b.start], func(t nlp.Token) bool {
					return t.Text == "," || t.Tag == "DT" || t.Tag == "POS" || t.Tag == "CC" || strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN"
				}) {
				break // "and the Senate's Tom Wu", "and Tom Wu said"
			}
			if len(b.titles) > 0 && strings.EqualFold(b.titles[len(b.titles)-1].name, t.name) {
				break // "Norwegian Prime Minister and Swedish Prime Minister Tom Wu": two holders
			}
			d.derive(si, argOf(s, b), joinText(toks[a.start:k]), lemma, b.ent, a.ent, "", roleConf)
			break
		}
	}
}

// titledAfter reports whether b, a person's mention, has a title, or a
// title of the gazetteer is written between token k and b ("Senator from
// Ohio Tom Wu"): "Norwegian Foreign Minister and Tom Wu" lists two people.
func (d *docState) titledAfter(toks []nlp.Token, b *mention, k int) bool {
	if len(b.titles) > 0 {
		return true
	}
	for j := k; j < b.start; j++ {
		if t, _ := d.titleAt(toks, j); t != nil && !honorific(t) {
			return true
		}
	}
	return false
}

// titleAt returns the title of the gazetteer written from token k, the
// longest of up to four words, and the token after it; nil when none
// starts there.
func (d *docState) titleAt(toks []nlp.Token, k int) (*title, int) {
	for n := min(4, len(toks)-k); n > 0; n-- {
		if t := d.r.g.titles[normKey(joinText(toks[k:k+n]))]; t != nil {
			return t, k + n
		}
	}
	return nil, k
}
