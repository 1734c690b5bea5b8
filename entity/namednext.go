package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// namedNext: "The World Health Organization's director-general said a
// colleague was killed. Tedros Adhanom Ghebreyesus said in a post that
// ...": a sentence whose subject is a body's or a state's unnamed holder
// of a role ("X's director-general", "Indonesia's president"), then a
// sentence that opens with a person's full name, met there first and given
// no role by any fact: the name is the holder's, and holds the role. It
// runs after the facts.
func (d *docState) namedNext(sents []nlp.Sentence) {
	for si := 1; si < len(sents) && si < len(d.sents); si++ {
		ms := d.sents[si]
		if len(ms) == 0 {
			continue
		}
		m := ms[0]
		if m.start != 0 || m.ent == nil || m.ent.typ != schema.Person || !named(m) || len(m.titles) > 0 ||
			len(m.ent.tokens) < 2 || m.ent.first.sent != si || d.holdsRole(m.ent) {
			continue
		}
		body, lemma := d.unnamedHolder(sents[si-1], d.sents[si-1])
		if body != nil && body != m.ent {
			d.derive(si, argOf(sents[si], m), "named next", lemma, m.ent, body, "", roleConf)
		}
	}
}

// unnamedHolder returns the body or state whose role noun opens sentence s
// as the subject of a verb, with no person named in s ("The Halvik
// Council's chairman said", "Norway's prime minister has told"), and the
// relation the role gives, or nil.
func (d *docState) unnamedHolder(s nlp.Sentence, ms []*mention) (*docEntity, string) {
	toks := s.Tokens
	var p *mention
	for _, m := range ms {
		if m.ent != nil && m.ent.typ == schema.Person && named(m) {
			return nil, "" // the holder is named there
		}
		if p == nil && m.end < len(toks) && toks[m.end].Tag == "POS" && m.ent != nil && (m.ent.typ == schema.Organization || d.r.country(m.ent)) &&
			(m.start == 0 || m.start == 1 && toks[0].Lower() == "the") {
			p = m
		}
	}
	if p == nil {
		return nil, ""
	}
	k := p.end + 1 // after "'s"
	j := k
	for j < len(toks) && j < k+3 && !isCap(toks[j].Text) && (isNoun(toks[j]) || toks[j].Tag == "JJ") {
		j++
	}
	if j == k || j >= len(toks) || !strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "MD" {
		return nil, ""
	}
	lemma := roleLemma(lowerWords(toks[k:j]))
	if lemma == "" {
		return nil, ""
	}
	return p.ent, lemma
}

// holdsRole reports whether a fact of the document gives person e a role:
// lead, work_for or member_of.
func (d *docState) holdsRole(e *docEntity) bool {
	for _, f := range d.facts {
		if f.subj == e && (f.Lemma == schema.Lead || f.Lemma == schema.WorkFor || f.Lemma == schema.MemberOf) {
			return true
		}
	}
	return false
}
