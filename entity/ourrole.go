package entity

import (
	"github.com/kg-project/kg/schema"
)

// ownRoles: '"... to avenge the killing of our leader, Ahmed Godane," the
// group's spokesman said': a role noun after "our", then a comma and a
// person's name, inside a quotation, gives the named person the role in
// the speaker's body: the speaker itself when it is an organisation or a
// group, else the one organisation the speaker works for or belongs to.
func (d *docState) ownRoles() {
	for _, v := range d.voiced {
		body := v.e
		if body.typ == schema.Person {
			body = d.oneObject(v.e, func(f *docFact) bool {
				return (f.Lemma == schema.WorkFor || f.Lemma == schema.MemberOf || f.Lemma == schema.Lead) && f.obj.typ == schema.Organization
			})
		}
		if body == nil || body.typ != schema.Organization && body.typ != schema.Group {
			continue
		}
		for si := v.q.from; si <= v.q.to && si < len(d.sents); si++ {
			toks := d.input[si].Tokens
			for _, m := range d.sents[si] {
				if m.ent == nil || m.ent.typ != schema.Person || !named(m) || !inQuotes([]quote{v.q}, si, m.start) {
					continue
				}
				// "our leader, NAME", "our former chairman, NAME"
				k := m.start - 1
				if k < 2 || toks[k].Text != "," {
					continue
				}
				j := k - 1
				for j > k-3 && j > 0 && toks[j-1].Lower() != "our" {
					j--
				}
				if j == 0 || toks[j-1].Lower() != "our" {
					continue
				}
				if lemma := roleLemma(lowerWords(toks[j:k])); lemma != "" && m.ent != body {
					d.derive(si, argOf(d.input[si], m), joinText(toks[j-1:k]), lemma, m.ent, body, "", roleConf)
				}
			}
		}
	}
}
