package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// namedNext: "The World Health Organization's director-general said a
// colleague was killed. Tedros Adhanom Ghebreyesus said in a post that
// ...": a sentence whose subject is a body's or a state's unnamed holder
// of a role ("X's director-general", "Indonesia's president", "Syrian
// minister of national reconciliation"), then a sentence that opens with
// a person's full name, or that names the person after the role's noun
// and a comma ("the minister, Ali Haidar,"), met there first and given no
// role by any fact: the name is the holder's, and holds the role. It runs
// after the facts.
func (d *docState) namedNext(sents []nlp.Sentence) {
	for si := 1; si < len(sents) && si < len(d.sents); si++ {
		ms := d.sents[si]
		toks := sents[si].Tokens
		// A full name that opens the sentence, or one set off after "the"
		// and a noun ("In a briefing, the minister, Ali Haidar,
		// stressed"); the sentence before is read only when one stands.
		opens := func(i int, m *mention) bool { return i == 0 && m.start == 0 && len(m.titles) == 0 }
		apposedAfter := func(m *mention) string {
			if m.start >= 3 && toks[m.start-1].Text == "," && toks[m.start-3].Lower() == "the" && m.end < len(toks) && toks[m.end].Text == "," {
				return toks[m.start-2].Lower()
			}
			return ""
		}
		if !slices.ContainsFunc(ms, func(m *mention) bool { return m == ms[0] && opens(0, m) || apposedAfter(m) != "" }) {
			continue
		}
		body, lemma, head := d.unnamedHolder(sents[si-1], d.sents[si-1])
		if body == nil {
			continue
		}
		for i, m := range ms {
			if !opens(i, m) && apposedAfter(m) != head || m.ent == nil || m.ent.typ != schema.Person || !named(m) ||
				len(m.ent.tokens) < 2 || d.namedEarlier(m.ent, si) || d.holdsRole(m.ent) || body == m.ent {
				continue
			}
			d.derive(si, argOf(sents[si], m), "named next", lemma, m.ent, body, "", roleConf)
			break
		}
	}
}

// unnamedHolder returns the body or state whose role noun opens sentence s
// as the subject of a verb, with no person named in s ("The Halvik
// Council's chairman said", "Norway's prime minister has told", "Syrian
// minister of national reconciliation confirmed"), the relation the role
// gives, and the role's last noun in lower case; or nil.
func (d *docState) unnamedHolder(s nlp.Sentence, ms []*mention) (*docEntity, string, string) {
	toks := s.Tokens
	var p *mention
	o := afterDateline(toks)
	for _, m := range ms {
		if p != nil || m.ent == nil || m.start > o+1 || m.start == o+1 && toks[o].Lower() != "the" {
			continue
		}
		if m.end < len(toks) && toks[m.end].Tag == "POS" && (m.ent.typ == schema.Organization || d.r.country(m.ent)) ||
			m.adj && d.r.country(m.ent) {
			p = m
		}
	}
	if p == nil {
		return nil, "", ""
	}
	k := p.end
	if !p.adj {
		k++ // after "'s"
	}
	j := k
	for j < len(toks) && j < k+3 && !isCap(toks[j].Text) && (isNoun(toks[j]) || toks[j].Tag == "JJ") {
		j++
	}
	role := toks[k:j]
	if j > k && j+1 < len(toks) && (toks[j].Text == "of" || toks[j].Text == "for") && toks[j-1].Text == "minister" {
		// "minister of national reconciliation": a portfolio in lower case
		e := j + 1
		for e < len(toks) && e < j+4 && !isCap(toks[e].Text) && (isNoun(toks[e]) || toks[e].Tag == "JJ") {
			e++
		}
		if ministerPortfolio(toks[j+1 : e]) {
			j = e
		}
	}
	if len(role) == 0 || j >= len(toks) || !strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "MD" {
		return nil, "", ""
	}
	lemma := roleLemma(lowerWords(role))
	if lemma == "" || slices.ContainsFunc(ms, func(m *mention) bool {
		return m.ent != nil && m.ent.typ == schema.Person && named(m) && (m.start < j || apposedAt(toks, m, j))
	}) {
		return nil, "", "" // the holder is named there
	}
	return p.ent, lemma, role[len(role)-1].Lower()
}

// apposedAt reports whether person mention m, after the verb at j,
// stands set off by commas ("the minister said on Tuesday, Ali Haidar,
// that") and so may name the subject: only a name inside the clause's
// objects is surely another's.
func apposedAt(toks []nlp.Token, m *mention, j int) bool {
	return m.start > j && toks[m.start-1].Text == "," && (m.end >= len(toks) || toks[m.end].Text == ",")
}

// namedEarlier reports whether a mention of sentences before si names e
// (the holder's description, which may already be resolved to the person
// named next, names no one).
func (d *docState) namedEarlier(e *docEntity, si int) bool {
	for _, ms := range d.sents[:si] {
		for _, m := range ms {
			if m.ent == e && named(m) {
				return true
			}
		}
	}
	return false
}

// afterDateline returns the index of the first token after a wire
// report's dateline that opens sentence toks ("DAMASCUS, Feb. 12 (Xinhua)
// --"), or 0: a town in capitals, then a dash within fifteen tokens.
func afterDateline(toks []nlp.Token) int {
	if len(toks) == 0 || len(toks[0].Text) < 3 || toks[0].Text != strings.ToUpper(toks[0].Text) || !isCap(toks[0].Text) {
		return 0
	}
	for i := 1; i < len(toks) && i < 15; i++ {
		switch toks[i].Text {
		case "--", "—", "–":
			return i + 1
		}
	}
	return 0
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
