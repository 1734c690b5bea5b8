package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// bodyStates drops member_of a state for a person whom the same sentence
// makes a member of a body that the state's name, written right before
// it, only qualifies: "a member of the United States House Select
// Committee on Benghazi" is a member of the committee, not of the United
// States; the state's name is the body's.
func (d *docState) bodyStates() {
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.Lemma != schema.MemberOf || f.Negated || f.subj == nil || f.obj == nil || f.subj.typ != schema.Person ||
			!d.r.country(f.obj) || !d.stateBeforeBody(f) {
			kept = append(kept, f)
		}
	}
	d.facts = kept
}

// stateBeforeBody reports whether f's subject is also, in f's sentence, a
// member of an organisation whose mention comes right after a mention of
// f's object, the state, or after capitalised words that follow it ("the
// United States Senate Committee on Finance").
func (d *docState) stateBeforeBody(f *docFact) bool {
	si := f.Sentence
	if si < 0 || si >= len(d.sents) {
		return false
	}
	for _, g := range d.facts {
		if g == f || g.Sentence != si || g.subj != f.subj || g.Lemma != schema.MemberOf || g.obj == nil || g.obj.typ != schema.Organization {
			continue
		}
		for _, c := range d.sents[si] {
			if c.ent != f.obj || c.adj {
				continue
			}
			for _, b := range d.sents[si] {
				if b.ent == g.obj && b.start >= c.end && capsBetween(d.input[si].Tokens, c.end, b.start) {
					return true
				}
			}
		}
	}
	return false
}

// capsBetween reports whether the tokens [a, b) are all capitalised.
func capsBetween(toks []nlp.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if !isCap(toks[k].Text) {
			return false
		}
	}
	return true
}
