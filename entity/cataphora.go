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
// before the pronoun in the phrase.
func (d *docState) openerPossessive(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	p := 0
	if len(toks) > 2 && toks[1].Text == "," && toks[0].Tag == "RB" {
		p = 2 // "Later, during his visit to Oslo, ..."
	}
	if len(toks) < p+5 || !openingWords[toks[p].Lower()] {
		return
	}
	c := p + 1
	for c < len(toks) && toks[c].Text != "," {
		if t := toks[c]; t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || quoteMark(t.Text) != 0 {
			return
		}
		c++
	}
	if c+2 >= len(toks) {
		return
	}
	subj := actorAt(toks, ms, c+1)
	if subj == nil || subj.ent == nil || subj.ent.typ != schema.Person || !named(subj) || subj.possessive ||
		subj.end >= len(toks) || !strings.HasPrefix(toks[subj.end].Tag, "VB") && toks[subj.end].Tag != "MD" {
		return
	}
	for _, m := range ms {
		if m.start <= p || m.end > c {
			continue
		}
		if m.kind != mPronoun {
			if named(m) && m.ent != nil && m.ent.typ == schema.Person {
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
