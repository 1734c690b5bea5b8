package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// delegateStates adds person —represent→ state for a state's delegate to
// a body whose name a to-phrase gives, set off by commas before or after
// the person's name: "The Norwegian delegate to the Nordic Council, Tom
// Wu, said", "Tom Wu, the Norwegian delegate to the Nordic Council,
// said". The seat in the body is read elsewhere; the nationality says
// whom the delegate speaks for, as "Norwegian delegate Tom Wu" does.
func (d *docState) delegateStates(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, c := range ms {
		k := c.end
		if c.ent == nil || !c.adj || c.possessive || !isPlace(c.ent) || k+2 >= len(toks) || toks[k].Lower() != "delegate" || toks[k+1].Lower() != "to" {
			continue
		}
		var body *mention
		for _, m := range ms {
			if m.ent != nil && m.ent != c.ent && (m.start == k+2 || m.start == k+3 && articles[toks[k+2].Lower()]) {
				body = m
			}
		}
		if body == nil || body.end >= len(toks) || toks[body.end].Text != "," {
			continue
		}
		var person *mention
		for _, m := range ms {
			if m.ent == nil || m.ent.typ != schema.Person || !named(m) {
				continue
			}
			if m.start == body.end+1 && m.end < len(toks) && toks[m.end].Text == "," {
				person = m // "The Norwegian delegate to the Nordic Council, Tom Wu,"
			}
			if b := c.start - 1; b >= 2 && articles[toks[b].Lower()] && toks[b-1].Text == "," && m.end == b-1 {
				person = m // "Tom Wu, the Norwegian delegate to the Nordic Council,"
			}
		}
		if person == nil || person.ent == c.ent {
			continue
		}
		d.derive(si, argOf(s, person), joinText(toks[c.start:body.end]), "represent", person.ent, c.ent, "", roleConf)
	}
}
