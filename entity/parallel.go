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
