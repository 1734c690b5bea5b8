package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// daySubject returns the actor that a day read as the subject stands
// after: in "One activist, Ann Lee, on Sunday told Reuters" the parser
// makes "Sunday" the subject of told; the subject is the sentence's first
// actor named before "on", with no verb between the sentence's start and
// the day. It returns nil when x's subject is no such day.
func (d *docState) daySubject(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	first, last := argTokens(s, x.Subject)
	if first < 1 || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	for k := first; k < last; k++ {
		if w := toks[k].Text; !weekdays[w] && !monthName(w) && toks[k].Tag != "CD" {
			return nil
		}
	}
	on := first - 1
	if toks[on].Lower() != "on" {
		return nil
	}
	for k := range on {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return nil // "Police said that on Sunday": a clause before
		}
	}
	var by *mention
	for _, m := range d.sents[si] {
		if m.end <= on && m.ent != nil && actorEntity(m.ent) && !m.adj && !m.possessive && !m.role && (by == nil || m.start < by.start) {
			by = m
		}
	}
	if by == nil {
		return nil
	}
	return by.ent
}
