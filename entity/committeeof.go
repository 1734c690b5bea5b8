package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// committeeOfChamber splits a committee's name that the chunker ran on
// over "of" and a bare chamber ("the Appointments Committee of
// Parliament") into the committee's name and the chamber's, which
// [unitOf] then reads as the committee's body, as it reads "the Finance
// Committee of the Senate". A name with nothing before "Committee"
// ("Committee of Parliament") is left whole.
func (r *Resolver) committeeOfChamber(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		n := m.end - m.start
		if m.kind != mName || m.typ != schema.Organization || m.gaz != nil || m.possessive || n < 4 ||
			!committeeNouns[toks[m.end-3].Lower()] || toks[m.end-2].Text != "of" || !chamberNames[toks[m.end-1].Text] {
			continue
		}
		c := &mention{kind: mName, start: m.end - 1, end: m.end, surface: toks[m.end-1].Text, name: toks[m.end-1].Text, typ: schema.Organization}
		if e := r.g.entries[normKey(c.name)]; e != nil && e.typ == schema.Organization {
			c = r.entryMention(s, unit{start: m.end - 1, end: m.end, e: e})
		}
		m.end -= 2
		m.surface = spanText(s, m.start, m.end)
		m.name = strings.TrimPrefix(cleanName(m.surface), "the ")
		m.full = m.surface
		ms = slices.Insert(ms, i+1, c)
		i++
	}
	return ms
}
