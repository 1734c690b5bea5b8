package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// describedBodiesNamed: "Norway's electoral commission declared Tom Wu the
// winner. ... Norway's Independent National Electoral Commission (INEC)
// declared ...": a body of a state that a description names by its field
// and noun ([describedStateFields], [describedFieldNouns]) and that the
// report later names with the same words, in the same state, is one body.
// The description's facts and mentions become the named body's when
// exactly one named body of the state fits. A name that no state
// qualifies ("the National Electoral Commission") fits the state the
// report is about ([docState.homeState]).
func (d *docState) describedBodiesNamed() {
	for _, e := range d.ents {
		tail, ok := describedBodyTail(e)
		if !ok {
			continue
		}
		state := d.partOfState(e)
		if state == nil {
			continue
		}
		var named *docEntity
		n := 0
		home := d.homeState()
		for _, o := range d.ents {
			if o == e || o.typ != schema.Organization || len(o.mentions) == 0 || !strings.HasSuffix(strings.ToLower(o.name), " "+tail) ||
				!capitalWords(o.name) {
				continue
			}
			if st := d.partOfState(o); st != state && (st != nil || state != home) {
				continue // a name with no state is the body of the state the report is about
			}
			named = o
			n++
		}
		if n != 1 {
			continue
		}
		for _, f := range d.facts {
			if f.subj == e {
				f.subj = named
			}
			if f.obj == e {
				f.obj = named
			}
		}
		if named.mentions == nil {
			named.mentions = map[int]bool{}
		}
		for k := range e.mentions {
			named.mentions[k] = true
		}
		e.mentions = nil
	}
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.subj == nil || f.subj != f.obj {
			kept = append(kept, f)
		}
	}
	d.facts = kept
}

// describedBodyTail returns the lower-case field and noun that name e when
// e is a state's body named by a description: a state's adjective, then
// [describedStateFields] and [describedFieldNouns] ("Norwegian electoral
// commission" gives "electoral commission").
func describedBodyTail(e *docEntity) (string, bool) {
	if e.typ != schema.Organization {
		return "", false
	}
	f := strings.Fields(e.name)
	if len(f) != 3 || !isCap(f[0]) || isCap(f[1]) || isCap(f[2]) || !describedStateFields[f[1]] || !describedFieldNouns[f[2]] {
		return "", false
	}
	return f[1] + " " + f[2], true
}

// capitalWords reports whether every word of name opens with a capital
// ("Independent National Electoral Commission"), as a name's do.
func capitalWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !isCap(w) {
			return false
		}
	}
	return name != ""
}

// partOfState returns the state that a fact makes e part of, or nil.
func (d *docState) partOfState(e *docEntity) *docEntity {
	for _, f := range d.facts {
		if f.subj == e && f.Lemma == schema.PartOf && f.obj != nil && f.obj.typ == schema.GPE && !f.Negated {
			return f.obj
		}
	}
	return nil
}
