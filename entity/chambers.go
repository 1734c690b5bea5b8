package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// sharedChambers are the bare nouns by which the gazetteer knows one
// state's chamber ("Senate" for the US Senate) though many states have
// one so named.
var sharedChambers = map[string]bool{"senate": true, "congress": true}

// homeChambers renames a chamber that the gazetteer knows by a bare noun
// as another state's ("the Senate" for the US Senate) when the document
// writes it only so and is about a state of its own: in a report about
// the Philippines, "the Senate" and "Senator Ann Lee"'s chamber are the
// Philippine Senate. A report that writes "US Senate" or "United States
// Senate" keeps it, as [Resolver.foreignBodies] keeps "the Philippine
// Senate" apart, and so does a report that names the chamber's own state.
// It runs before the gazetteer's facts, which would make
// the chamber part of the other state.
func (d *docState) homeChambers() {
	home := d.homeState()
	if home == nil || home.n < 3 {
		return // a state the report names at least three times, not one its headline alone names
	}
	for _, e := range d.ents {
		g := e.gaz
		if e.typ != schema.Organization || g == nil || g.of == "" || normKey(g.of) == normKey(home.name) || len(e.mentions) == 0 {
			continue
		}
		if o := d.byKey[normKey(g.of)]; o != nil && len(o.mentions) > 0 {
			continue // the report names the chamber's own state too
		}
		noun := ""
		for a := range e.aliases {
			w := strings.TrimSuffix(a, ".")
			if strings.Contains(w, " ") || !sharedChambers[strings.ToLower(w)] || noun != "" && noun != w {
				noun = ""
				break
			}
			noun = w
		}
		if noun == "" {
			continue
		}
		name := d.r.stateBody(&mention{name: home.name}, noun)
		if o := d.byKey[normKey(name)]; o != nil && o != e {
			// "tried to dissolve Congress" before "Peru's Congress
			// then voted": the state's chamber, named so only later.
			if o.typ == schema.Organization && o.gaz == nil && len(o.mentions) > 0 {
				d.fuse(e, o)
				o.aliases[noun] = true
			}
			continue
		}
		d.rename(e, name)
		e.gaz = nil
		d.byKey[normKey(name)] = e
	}
}

// fuse makes o the entity of e's mentions and facts: e, which the
// resolver had kept apart from o, names the same actor. e keeps no
// mention, so that it is not written out, nor are its names o's.
func (d *docState) fuse(e, o *docEntity) {
	for k := range e.mentions {
		o.mentions[k] = true
	}
	e.mentions = map[int]bool{}
	o.n += e.n
	if e.first.less(o.first) {
		o.first = e.first
	}
	if o.last.less(e.last) {
		o.last = e.last
	}
	for _, ms := range d.sents {
		for _, m := range ms {
			if m.ent == e {
				m.ent = o
			}
		}
	}
	for _, f := range d.facts {
		if f.subj == e {
			f.subj = o
		}
		if f.obj == e {
			f.obj = o
		}
	}
	for k, v := range d.byKey {
		if v == e {
			d.byKey[k] = o
		}
	}
	d.byAlias = nil
}
