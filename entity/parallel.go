package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// parallelObject returns the person that is the direct object of a verb in
// sentence si after subj, that sentence's subject, in its clause, when ok
// passes it: a direct object pronoun of the next sentence takes it up
// ("Rosselló appointed Pierluisi as secretary. The House confirmed him":
// Pierluisi). It returns nil when there is none or it is subj's entity.
func (d *docState) parallelObject(si int, subj *mention, ms []*mention, ok func(*docEntity) bool) *docEntity {
	toks := d.input[si].Tokens
	for _, c := range ms {
		if c.start < subj.end || c.ent == nil || c.adj || c.possessive || c.ent == subj.ent || !ok(c.ent) || c.ent.typ != schema.Person {
			continue
		}
		if c.start > 0 && strings.HasPrefix(toks[c.start-1].Tag, "VB") && sameClause(toks, subj.end, c.start) {
			return c.ent
		}
		return nil
	}
	return nil
}

// speaksOn reports whether pronoun m, the subject of a reporting verb in
// sentence si ("He said", "He also said"), follows a sentence where c, a
// mention of the sentence before, is the subject of a reporting verb
// ("The head of the police, Neil Basu, on Sunday said ..."): the same
// speaker goes on, and the document's most mentioned person does not
// overrule him.
func (d *docState) speaksOn(si int, m, c *mention) bool {
	toks := d.input[si].Tokens
	k := m.end
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	if m.possessive || k >= len(toks) || !saidVerbs[toks[k].Lower()] {
		return false
	}
	prev := d.input[si-1].Tokens
	for k := c.end; k < len(prev) && k <= c.end+5; k++ {
		if t := prev[k]; strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return saidVerbs[t.Lower()]
		}
		if prev[k].Text == "," && k > c.end || quoteMark(prev[k].Text) != 0 {
			return false
		}
	}
	return false
}
