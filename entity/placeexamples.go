package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// placeKindsPlural are the plural nouns of the parts of a state that a
// nationality or the state's name may modify, and whose examples a list
// names: "U.S. territories such as Guam", "Norwegian cities, including
// Bergen".
var placeKindsPlural = map[string]bool{
	"states": true, "provinces": true, "regions": true, "territories": true, "possessions": true,
	"cities": true, "towns": true, "villages": true, "islands": true, "districts": true, "counties": true,
	"municipalities": true, "dependencies": true, "colonies": true,
}

// placeExamples adds locate_in facts for the places that sentence si
// lists as examples of a state's places: a state's adjective or name
// (not its possessive), at most three lower-case modifiers, a plural
// noun of [placeKindsPlural], "such as", "including" or "like"
// ([examplesBefore]), then a list of places' names: "all other U.S.
// possessions, such as Puerto Rico and Guam", "Norwegian coastal towns
// like Halden". A place the gazetteer puts elsewhere is left out.
func (d *docState) placeExamples(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, c := range ms {
		j := c.end
		if g := c; g.ent != nil && g.ent.typ == schema.Group && g.country != nil && g.country.start == g.start && g.end > g.start && placeKindsPlural[toks[g.end-1].Lower()] {
			c, j = g.country, g.end-1 // "U.S. territories" read as a group
		}
		if c.ent == nil || c.possessive || !d.r.country(c.ent) || c.end >= len(toks) {
			continue
		}
		for n := 0; n < 3 && j < len(toks) && lowerWord(toks[j].Text) && (toks[j].Tag == "JJ" || toks[j].Tag == "NN") && !placeKindsPlural[toks[j].Lower()]; n++ {
			j++ // "U.S. overseas territories"
		}
		if j >= len(toks) || !placeKindsPlural[toks[j].Lower()] || !lowerWord(toks[j].Text) {
			continue
		}
		var first *mention
		for _, m := range ms {
			if m.start > j && m.start <= j+4 && (first == nil || m.start < first.start) {
				first = m
			}
		}
		if first == nil || first.ent == nil || examplesBefore(toks, first.start-1) != j+1 {
			continue
		}
		places := []*mention{}
		for _, m := range ms {
			if m.ent != nil && isPlace(m.ent) && named(m) && !m.adj {
				places = append(places, m)
			}
		}
		if !isPlace(first.ent) || !named(first) || first.adj || first.possessive {
			continue
		}
		for _, m := range placesListed(toks, places, first) {
			if m.ent == c.ent || d.r.country(m.ent) || elsewhere(m.ent, c.ent) {
				continue
			}
			d.derive(si, argOf(s, m), joinText(toks[c.start:first.start]), schema.LocateIn, m.ent, c.ent, "", roleConf)
		}
	}
}

// elsewhere reports whether the gazetteer puts place e in, or makes it
// the capital of, another state than c.
func elsewhere(e, c *docEntity) bool {
	if e.gaz == nil {
		return false
	}
	for _, in := range []string{e.gaz.in, e.gaz.capitalOf} {
		if in != "" && !strings.EqualFold(in, c.name) {
			return true
		}
	}
	return false
}
