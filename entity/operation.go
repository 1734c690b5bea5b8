package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// operationNames reads a name that opens with "Operation" ("Operation
// Inherent Resolve", "Operation Peace Spring"), which the rules may take
// for a person after a body's name, as a military operation's: right
// after an organisation's name it ends that name ("the Combined Joint Task
// Force Operation Inherent Resolve" is one task force), and alone it is
// no actor. ms are the mentions of sents, changed in place.
func operationNames(sents []nlp.Sentence, ms [][]*mention) {
	for si, s := range sents {
		toks := s.Tokens
		out := ms[si][:0]
		for _, m := range ms[si] {
			if m.kind != mName || m.typ != schema.Person || m.end-m.start < 2 || toks[m.start].Text != "Operation" {
				out = append(out, m)
				continue
			}
			if o := m.org; o != nil && o.end == m.start && o.kind == mName && o.typ == schema.Organization && !o.possessive {
				o.end = m.end
				o.surface = spanText(s, o.start, o.end)
				o.name = o.surface
				o.gaz = nil
			}
		}
		ms[si] = out
	}
}
