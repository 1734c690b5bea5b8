package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// asDid adds the facts of a clause again for the actor that a closing
// ", as did NAME" names: "The Herald called the race for Tom Wu, as did
// the Daily Post" gives Daily Post —call_for→ Tom Wu too. Only the
// clause's own acts before the comma are copied (no roles, which the
// facts of names give), and only when the name ends the sentence.
func (d *docState) asDid(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Text != "," || toks[k+1].Lower() != "as" || !doForm(toks[k+2].Lower()) {
			continue
		}
		var m *mention
		for _, x := range ms {
			if x.start == k+3 || x.start == k+4 && toks[k+3].Lower() == "the" {
				m = x
			}
		}
		if m == nil || !named(m) || m.ent == nil || !actorEntity(m.ent) || m.possessive ||
			m.end < len(toks) && toks[m.end].Text != "." && toks[m.end].Text != "," {
			return
		}
		comma := toks[k].Start
		for _, f := range d.facts {
			if f.Sentence != si || f.subj == nil || f.obj == nil || f.subj == m.ent || f.obj == m.ent || f.Negated ||
				f.Subject.End == 0 || f.Subject.End > comma || f.Object.End > comma || schema.IsRole(f.Lemma) ||
				f.subj.typ != m.ent.typ && (f.subj.typ == schema.Person || m.ent.typ == schema.Person) {
				continue
			}
			if g := d.derive(si, argOf(s, m), f.Relation, f.Lemma, m.ent, f.obj, "", f.Confidence); g != nil {
				g.Class = f.Class
			}
		}
		return
	}
}

// doForm reports whether w is a form of "do" that stands for a clause's
// verb ("as did", "as does").
func doForm(w string) bool { return w == "did" || w == "does" || w == "do" }
