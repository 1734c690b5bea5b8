package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// seatBeforeParty returns the chamber of the document ([docState.chamberOf])
// that m, a person named with a legislator's title and then "of" and a
// party ("MP Ann Lee of the Labour Party", "Member of Parliament (MP) Tom
// Wu of the Green Party"), sits in, or nil. The party after "of" is read
// as the holder of the name, which leaves the title's chamber unsaid.
func (d *docState) seatBeforeParty(toks []nlp.Token, ms []*mention, m *mention) *docEntity {
	if m.ent == nil || m.ent.typ != schema.Person || !named(m) || len(m.titles) == 0 || !ofAfter(toks, m.end) || toks[m.end].Text != "of" {
		return nil
	}
	last := m.titles[len(m.titles)-1].name
	if len(chambers[strings.ToLower(last)]) == 0 {
		return nil
	}
	at := m.end + 1
	if at < len(toks) && toks[at].Lower() == "the" {
		at++
	}
	for _, p := range ms {
		if p.start == at && p.ent != nil && partyEntity(p.ent) {
			if c := d.chamberOf(last); c != nil && c != m.ent {
				return c
			}
			return nil
		}
	}
	return nil
}
