package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// counterpartDesc returns the description made of "his" or "her" at
// token i of s, a state's adjective or noun and "counterpart" with no
// name after it ("Tom Wu and his Swedish counterpart discussed trade"),
// or nil. [docState.counterpartOf] resolves it; "his Swedish counterpart
// Ann Lee" is the name's ([docState.counterparts]). The state keeps its
// own mention.
func counterpartDesc(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if w := toks[i].Lower(); w != "his" && w != "her" || i+2 >= len(toks) {
		return nil
	}
	k := slices.IndexFunc(ms, func(m *mention) bool { return m.start == i+1 && m.end == i+2 })
	if k < 0 || ms[k].kind == mPronoun || ms[k].typ != schema.GPE && (ms[k].ent == nil || ms[k].ent.typ != schema.GPE) {
		return nil
	}
	if w := toks[i+2].Lower(); w != "counterpart" && w != "counter-part" || coveringAt(ms, i+2) >= 0 || namesOther(toks, i+3) {
		return nil
	}
	return &mention{kind: mDesc, start: i + 1, end: i + 3, surface: joinText(toks[i+1 : i+3]), head: "counterpart", country: ms[k],
		possessive: i+3 < len(toks) && toks[i+3].Tag == "POS"}
}

// counterpartOf returns the person that m, a description of
// [counterpartDesc] in sentence si (mentions cur), names: the one person
// of the document so far, other than the possessor, who serves the state
// (leads or works for it by the facts, or has it from a title's
// adjective), "Qureshi met his Chinese counterpart Wang Yi ... Qureshi
// and his Chinese counterpart discussed". With two such people, the one
// who shares a title with the possessor; nil when none or two remain.
func (d *docState) counterpartOf(si int, m *mention, cur []*mention) *docEntity {
	state := d.adjState(m.country)
	if state == nil || state.typ != schema.GPE {
		return nil
	}
	var owner *docEntity
	if k := slices.IndexFunc(cur, func(o *mention) bool { return o.end == m.start && o.kind == mPronoun }); k >= 0 {
		owner = cur[k].ent
	}
	if owner == nil || owner.typ != schema.Person {
		return nil // whose counterpart is not known, nor so the post
	}
	serves := func(e *docEntity) bool {
		if e == owner || e.typ != schema.Person {
			return false
		}
		if e.country == state {
			return true
		}
		return slices.ContainsFunc(d.facts, func(f *docFact) bool {
			return f.subj == e && f.obj == state && !f.Negated && (f.Lemma == schema.Lead || f.Lemma == schema.WorkFor)
		})
	}
	var cands []*docEntity
	for _, e := range d.ents {
		if serves(e) {
			cands = append(cands, e)
		}
	}
	if len(cands) > 1 {
		// "the Chinese premier and foreign minister": the one with the
		// possessor's post.
		// A title's head alone ("minister" of "foreign minister") is no
		// post: a prime minister is no foreign minister's counterpart.
		cands = slices.DeleteFunc(cands, func(e *docEntity) bool {
			for w := range owner.desc {
				if e.desc[w] && !headOfDesc(owner, w) {
					return false
				}
			}
			return true
		})
	}
	if len(cands) != 1 {
		return nil
	}
	return cands[0]
}

// headOfDesc reports whether w is the head word of a longer description
// e has ("minister" of "foreign minister").
func headOfDesc(e *docEntity, w string) bool {
	for x := range e.desc {
		if strings.HasSuffix(x, " "+w) {
			return true
		}
	}
	return false
}

// heldFact gives the person that m, a description made of a state's
// adjective or name and a post ("the Afghan president", "his Chinese
// counterpart") in sentence si, took up the relation to that state that
// the facts so far give the person: the description restates the post,
// as the title with the name did ("Afghan President Ashraf Ghani ... the
// Afghan president" leads Afghanistan).
func (d *docState) heldFact(si int, s nlp.Sentence, m *mention) {
	if m.kind != mDesc || m.country == nil || m.ent == nil || m.ent.typ != schema.Person || m.country.ent == nil || m.country.ent.typ != schema.GPE {
		return
	}
	if m.body != nil || m.head != "counterpart" && d.r.g.titles[normKey(m.head)] == nil {
		return // "the Swede", "the Swedish activist" name no post
	}
	var held *docFact
	for _, f := range d.facts {
		if f.subj == m.ent && f.obj == m.country.ent && !f.Negated && (f.Lemma == schema.Lead || f.Lemma == schema.WorkFor) {
			if held = f; f.Lemma == schema.Lead {
				break
			}
		}
	}
	if held != nil {
		d.derive(si, argOf(s, m), held.Relation, held.Lemma, m.ent, m.country.ent, "", roleConf)
	}
}
