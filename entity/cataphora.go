package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// openingWords open a phrase set off before its clause's subject, whose
// "his" or "her" is that subject's: "During his visit to Oslo, Tom Wu
// met".
var openingWords = map[string]bool{
	"after": true, "following": true, "during": true, "at": true, "in": true, "on": true, "upon": true,
	"before": true, "despite": true, "since": true, "throughout": true,
}

// openerPossessive points "his" or "her" in a phrase that opens sentence
// si, before the comma and the clause's subject, at that subject: "On his
// visit to Oslo, Tom Wu met Ann Lee", "After her meeting with Tom Wu, Ann
// Lee left" (the pronoun looks forward, not back to the sentences before).
// The phrase opens the sentence, or follows a sentence adverb and its
// comma, and holds no verb; the subject is a named person whose sex does
// not contradict the pronoun, followed by a verb, and no name stands
// before the pronoun in the phrase. A clause with a verb opened by a
// subordinator counts too when its subject is the pronoun's staff or kin
// by name ([docState.staffClauseSubject]): "After his aide Tom Wu tested
// positive, President Ann Lee". The subject may follow its title
// ("Governor Tom Wu").
func (d *docState) openerPossessive(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	p := 0
	if len(toks) > 2 && toks[1].Text == "," && toks[0].Tag == "RB" {
		p = 2 // "Later, during his visit to Oslo, ..."
	}
	if len(toks) < p+5 {
		return
	}
	w := toks[p].Lower()
	if !openingWords[w] && (!subordinators[w] || w == "as" || w == "where") {
		return
	}
	c := p + 1
	clause := false // the phrase holds a verb: a subordinate clause
	for c < len(toks) && toks[c].Text != "," {
		if t := toks[c]; t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || quoteMark(t.Text) != 0 {
			if quoteMark(t.Text) != 0 || !subordinators[w] || w == "as" || w == "where" {
				return
			}
			clause = true
		}
		c++
	}
	if c+2 >= len(toks) {
		return
	}
	if (clause || !openingWords[w]) && !d.staffClauseSubject(si, s, ms, p, c) {
		// "When his aide Tom Wu resigned, Ann Lee": a clause, and a
		// subordinator opens no phrase without its verb here.
		return
	}
	subj := openingActor(toks, ms, c+1)
	if subj == nil || subj.ent == nil || subj.ent.typ != schema.Person || !named(subj) || subj.possessive ||
		subj.end >= len(toks) || !strings.HasPrefix(toks[subj.end].Tag, "VB") && toks[subj.end].Tag != "MD" {
		return
	}
	for _, m := range ms {
		if m.start <= p || m.end > c {
			continue
		}
		if m.kind != mPronoun {
			if named(m) && m.ent != nil && m.ent.typ == schema.Person && !(clause && m.start > p+1) {
				return // "After Ann Lee's talks with his aide": hers, not the subject's
			}
			continue
		}
		if !m.possessive || m.pron != "his" && m.pron != "her" || m.ent == subj.ent || !compatible(m.pron, false)(subj.ent) {
			continue
		}
		if old := m.ent; old != nil {
			old.n--
			if !slices.ContainsFunc(ms, func(o *mention) bool { return o != m && o.ent == old }) {
				delete(old.mentions, si)
			}
		}
		m.ent = subj.ent
		subj.ent.n++
	}
}

// staffClauseSubject reports whether the clause that opens sentence si
// at token p, up to its comma at token c, has for its subject the
// pronoun's staff or kin and that one's name ("After his aide Tom Wu
// tested positive, President Lee", "When her husband Tom Wu died, Ann
// Lee"), and whether the sentence before names no person the pronoun
// could point back at, other than the subject of the main clause: then
// the pronoun looks forward to that subject.
func (d *docState) staffClauseSubject(si int, s nlp.Sentence, ms []*mention, p, c int) bool {
	toks := s.Tokens
	if p+3 >= c || toks[p+1].Lower() != "his" && toks[p+1].Lower() != "her" {
		return false
	}
	k := p + 2
	if w := toks[k].Lower(); !staffNounsOfPerson[w] && !chiefOfStaff(toks, k) {
		if _, kin := kinNouns.get(w); !kin {
			return false
		}
	}
	if chiefOfStaff(toks, k) {
		k += 2
	}
	if !slices.ContainsFunc(ms, func(m *mention) bool {
		return m.start == k+1 && named(m) && m.ent != nil && m.ent.typ == schema.Person
	}) {
		return false
	}
	subj := openingActor(toks, ms, c+1)
	if subj == nil || subj.ent == nil || si == 0 {
		return subj != nil
	}
	return !slices.ContainsFunc(d.sents[si-1], func(m *mention) bool {
		return m.ent != nil && m.ent != subj.ent && m.ent.typ == schema.Person
	})
}

// openingActor returns the actor whose mention starts at token k, after
// "the", or a titled person's whose title starts there ("Governor Tom Wu").
func openingActor(toks []nlp.Token, ms []*mention, k int) *mention {
	if m := actorAt(toks, ms, k); m != nil {
		return m
	}
	for _, m := range ms {
		if m.start > k && m.kind == mName && len(m.titles) > 0 && namedTitleStart(m) == k && m.ent != nil && m.ent.typ == schema.Person {
			return m
		}
	}
	return nil
}
