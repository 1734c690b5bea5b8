package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// townsPlaced drops a locate_in fact that puts a state's chamber in a
// region or a town of the state other than its capital ([docState.strayChamber]), and one that puts a town the gazetteer knows
// well inside a name that cannot hold it: "a hospital in Oslo,
// Rikshospitalet" (the hospital's name after the city), "the northern part
// of Oslo in Grorud" and "located near Oslo in Bergen" (the place of the
// phrase's head, not of the city). The town must be a capital, or lie in a
// region the gazetteer names, so that no unlisted region can stand between
// it and its state; the name after it must be one the gazetteer does not
// know and no county or district ("Wuhan, Hubei Province", "Pasadena, Los
// Angeles County" stay), or, for a capital, another town. A place the
// gazetteer puts the town in always stays.
func (d *docState) townsPlaced() {
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.Lemma != schema.LocateIn || f.subj == nil || f.obj == nil || !d.strayTown(f.subj, f.obj) && !d.strayChamber(f.subj, f.obj) {
			kept = append(kept, f)
		}
	}
	d.facts = kept
}

// strayTown reports whether town t cannot lie in place p (see
// [docState.townsPlaced]).
func (d *docState) strayTown(t, p *docEntity) bool {
	g := t.gaz
	if !g.town() || p == t || d.r.within(t, p.name) {
		return false
	}
	capital := g.capitalOf != ""
	if !capital {
		in := d.r.g.entries[normKey(g.in)]
		if in == nil || !in.region {
			return false
		}
	}
	if p.gaz != nil {
		return capital && p.gaz.town() // "near Oslo in Bergen": a capital lies in no other town
	}
	return !adminName(p.name)
}

// adminWords end the names of a state's divisions, which the gazetteer
// lists only in part ("Hubei Province", "Palm Beach County").
var adminWords = map[string]bool{
	"county": true, "province": true, "district": true, "region": true, "prefecture": true, "oblast": true,
	"borough": true, "parish": true, "shire": true, "governorate": true, "state": true, "territory": true,
	"department": true, "municipality": true, "canton": true, "krai": true, "raion": true, "division": true,
}

// adminName reports whether name ends in one of [adminWords].
func adminName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && adminWords[strings.ToLower(f[len(f)-1])]
}

// nationalChambers end the names of a state's legislative chambers.
var nationalChambers = []string{
	"senate", "congress", "parliament", "house of representatives", "house of commons", "house of lords",
	"national assembly", "duma", "bundestag", "knesset", "rada", "storting", "folketing", "riksdag", "sejm",
}

// strayChamber reports whether c, a sovereign state's legislative chamber
// ([nationalChambers]), is placed in p, a region or a town of that state
// other than its capital: "ran for the US Senate in Arizona", "won a seat
// in the House of Representatives in Ohio", "was elected to the Norwegian
// Parliament in Bergen" name the seat's place, not the chamber's.
func (d *docState) strayChamber(c, p *docEntity) bool {
	if c.typ != schema.Organization || p.gaz == nil || !p.gaz.town() && !p.gaz.region {
		return false
	}
	n := strings.ToLower(c.name)
	chamber := false
	for _, w := range nationalChambers {
		chamber = chamber || n == w || strings.HasSuffix(n, " "+w)
	}
	if !chamber {
		return false
	}
	var state *docEntity
	if c.gaz != nil && c.gaz.of != "" {
		state = d.byKey[normKey(c.gaz.of)]
		if state == nil {
			state = &docEntity{name: c.gaz.of}
		}
	} else {
		state = d.stateOfBody(c)
	}
	if state == nil || !d.r.sovereign(d.r.g.entries[normKey(state.name)]) || p == state {
		return false
	}
	return d.r.within(p, state.name) && normKey(p.gaz.capitalOf) != normKey(state.name)
}
