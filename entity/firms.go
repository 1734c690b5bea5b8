package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// firmExamples adds the facts of the firms that sentence si lists as
// examples of a state's firms: "German firms including Deutsche Bahn,
// Deutsche Telekom, Daimler, and Siemens", "Japanese carmakers such as
// Halvik Motors and Velby": a nationality, a plural noun of firms
// ([firmGroups]), "including" or "such as" ([examplesBefore]), then a list
// of organisations' names places each of them in the state. The group is
// a kind of firms, no body ([firmGroups]); its examples are the state's.
func (d *docState) firmExamples(si int, s nlp.Sentence, ms []*mention) {
	for k, g := range ms {
		if k+1 >= len(ms) || g.ent == nil || g.ent.typ != schema.Group || !firmGroups[g.ent.groupHead] {
			continue
		}
		c := g.country
		if c == nil || c.ent == nil || !c.adj || c.start != g.start || !d.r.country(c.ent) {
			continue
		}
		first := ms[k+1]
		w := s.Tokens[g.end:first.start]
		if len(w) == 0 || examplesBefore(w, len(w)-1) != 0 {
			continue
		}
		prev := g
		for _, m := range ms[k+1:] {
			if m == c || m.start < prev.end {
				continue
			}
			if prev != g {
				w := lowerWords(s.Tokens[prev.end:m.start])
				if len(w) == 2 && w[0] == "," && (w[1] == "and" || w[1] == "or") {
					w = w[1:]
				}
				if len(w) != 1 || w[0] != "," && w[0] != "and" && w[0] != "or" {
					break
				}
			}
			if !named(m) || m.ent == nil || m.ent.typ != schema.Organization || m.possessive {
				break
			}
			d.derive(si, argOf(s, m), joinText(s.Tokens[c.start:m.start]), schema.LocateIn, m.ent, c.ent, "", roleConf)
			prev = m
		}
	}
}
