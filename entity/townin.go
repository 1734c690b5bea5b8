package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// townsPlaced drops a locate_in fact that puts a town the gazetteer knows
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
		if f.Lemma != schema.LocateIn || f.subj == nil || f.obj == nil || !d.strayTown(f.subj, f.obj) {
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
