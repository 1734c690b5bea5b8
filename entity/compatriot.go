package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// possessedCompatriotNouns after a person's possessive say that the person
// named after them comes from the same country: "Ann Lee's countryman Tom
// Wu".
var possessedCompatriotNouns = map[string]bool{
	"countryman": true, "countrywoman": true, "compatriot": true, "fellow-countryman": true,
}

// compatriots: "Kari Holm of Norway won. Holm's countryman Per Dahl came
// second": a person's possessive, a compatriot's noun and a person's name
// give the named person the country the document already gave the
// possessor (from); a possessor of no known country gives nothing. A
// capitalised compatriot's noun opening a sentence ([compatriotNouns]) is
// the compatriot of the last person of the sentence before.
func (d *docState) compatriots(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if !a.possessive || a.ent == nil || a.ent.typ != schema.Person || b.ent == nil || b.ent.typ != schema.Person || b.ent == a.ent || !named(b) {
			continue
		}
		j := a.end
		if j < len(toks) && toks[j].Tag == "POS" {
			j++
		}
		if j+1 != b.start || !possessedCompatriotNouns[toks[j].Lower()] {
			continue
		}
		if c := d.knownCountry(a.ent); c != nil && c != b.ent {
			d.derive(si, argOf(s, b), toks[j].Text, schema.From, b.ent, c, "", roleConf)
		}
	}
	// "Kari Holm of Norway won. Countryman Per Dahl came second.": a
	// compatriot's noun opening the sentence is the last person's of the
	// sentence before, who must have a known country.
	if len(ms) == 0 || si == 0 || ms[0].start != 1 || !compatriotNouns[toks[0].Text] || ms[0].ent == nil || ms[0].ent.typ != schema.Person {
		return
	}
	prev := d.sents[si-1]
	for k := len(prev) - 1; k >= 0; k-- {
		if p := prev[k]; p.ent != nil && p.ent.typ == schema.Person && p.ent != ms[0].ent {
			if c := d.knownCountry(p.ent); c != nil {
				d.derive(si, argOf(s, ms[0]), toks[0].Text, schema.From, ms[0].ent, c, "", roleConf)
			}
			return
		}
	}
}

// knownCountry returns the one country the document's facts so far say
// person p is from, or nil when they name none or several.
func (d *docState) knownCountry(p *docEntity) *docEntity {
	return d.oneObject(p, func(f *docFact) bool { return f.Lemma == schema.From && d.r.country(f.obj) })
}
