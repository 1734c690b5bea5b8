package entity

import (
	"slices"

	"github.com/kg-project/kg/nlp"
)

// neighbourLemma is the relation between two places that a sentence calls
// neighbours.
const neighbourLemma = "border"

// neighbourNouns call a place a neighbour of another ("Norway's neighbour
// Sweden", "Sweden, a neighbour of Norway").
var neighbourNouns = newWordSet(map[string]bool{
	"neighbour": true, "neighbor": true, "neighbours": true, "neighbors": true,
})

// neighbouringWords make the noun after them a neighbour ("Norway's
// neighbouring countries", "the neighbouring Austria and Hungary").
var neighbouringWords = newWordSet(map[string]bool{"neighbouring": true, "neighboring": true})

// stateKindNouns name the kind of the places that a possessive's
// "neighbouring" describes: "Norway's neighbouring countries".
var stateKindNouns = newWordSet(map[string]bool{
	"countries": true, "nations": true, "states": true, "country": true, "nation": true, "state": true,
	"provinces": true, "province": true, "regions": true, "region": true,
})

// neighbourStates adds the facts of places called neighbours: "Norway's
// neighbour Sweden", "Norway's neighbouring Nordic countries, including
// Sweden and Finland" (each place listed —border→ Norway); "Sweden, a
// neighbour of Norway," (Sweden —border→ Norway); "the neighbouring
// Austria and Hungary" (the two places listed border each other). A
// place only named near the word ("neighbouring Sweden" alone, "the
// neighbouring state of Maine") names no second place and gives nothing.
func (d *docState) neighbourStates(si int, s nlp.Sentence, all []*mention) {
	toks := s.Tokens
	var places []*mention
	for _, m := range all {
		if named(m) && !m.adj && m.ent != nil && isPlace(m.ent) {
			places = append(places, m)
		}
	}
	slices.SortFunc(places, func(a, b *mention) int { return a.start - b.start })
	at := func(k int) *mention {
		for _, m := range places {
			if m.start == k {
				return m
			}
		}
		return nil
	}
	for _, m := range places {
		if m.start > 1 && neighbouringWords.has(toks[m.start-1].Lower()) && toks[m.start-2].Lower() == "the" && !m.possessive {
			// "the neighbouring Austria and Hungary": the pair borders
			// each other ("with neighbouring Austria and Hungary" names
			// the neighbours of another).
			if list := placesListed(toks, places, m); len(list) == 2 && list[0].ent != list[1].ent {
				d.derive(si, argOf(s, m), joinText(toks[m.start-2:list[1].end]), neighbourLemma, m.ent, list[1].ent, "", roleConf)
			}
		}
		if m.possessive && m.end < len(toks) && toks[m.end].Tag == "POS" {
			// "Norway's neighbour Sweden", "Norway's neighbouring
			// Nordic countries, including Sweden and Finland".
			j, neighbouring, noun := m.end+1, false, false
			for ; j < len(toks) && j < m.end+9; j++ {
				w := toks[j].Lower()
				if neighbouringWords.has(w) {
					neighbouring = true
					continue
				}
				if neighbourNouns.has(w) || neighbouring && stateKindNouns.has(w) {
					noun = true
					j++
					break
				}
				if !neighbouring || !modifierTag(toks[j].Tag) {
					break // "Norway's neighbouring Muslim-majority Nordic countries"
				}
			}
			if !noun && !neighbouring {
				continue
			}
			if noun {
				if j < len(toks) && toks[j].Text == "," {
					j++
				}
				switch {
				case j < len(toks) && (toks[j].Lower() == "including" || toks[j].Lower() == "like"):
					j++
				case j+1 < len(toks) && toks[j].Lower() == "such" && toks[j+1].Lower() == "as":
					j += 2
				}
			}
			first := at(j)
			if first == nil || first.ent == m.ent || first.possessive {
				continue
			}
			for _, c := range placesListed(toks, places, first) {
				if c.ent != m.ent {
					d.derive(si, argOf(s, c), joinText(toks[m.start:first.start]), neighbourLemma, c.ent, m.ent, "", roleConf)
				}
			}
			continue
		}
		// "Sweden, a neighbour of Norway,", "Sweden, the northern
		// neighbour of Norway".
		j := m.end
		if j+3 >= len(toks) || toks[j].Text != "," {
			continue
		}
		j++
		if w := toks[j].Lower(); w == "a" || w == "an" || w == "the" {
			j++
		}
		if j < len(toks) && toks[j].Tag == "JJ" && !neighbouringWords.has(toks[j].Lower()) {
			j++ // "the northern neighbour"
		}
		if j+2 >= len(toks) || !neighbourNouns.has(toks[j].Lower()) || toks[j+1].Lower() != "of" {
			continue
		}
		if o := at(j + 2); o != nil && o.ent != m.ent {
			d.derive(si, argOf(s, m), joinText(toks[m.end:o.start]), neighbourLemma, m.ent, o.ent, "", roleConf)
		}
	}
}

// placesListed returns the place m and the named places listed after it
// with commas and "and": "Sweden, Finland and Denmark".
func placesListed(toks []nlp.Token, places []*mention, m *mention) []*mention {
	return append([]*mention{m}, mentionsListed(toks, m, places, func(*mention) bool { return true })...)
}

// modifierTag reports whether a token of tag t may modify a noun before
// it: an adjective, a noun, a name or a hyphen ("Muslim-majority Nordic").
func modifierTag(t string) bool {
	return t == "JJ" || t == "JJR" || t == "JJS" || t == "NN" || t == "NNP" || t == "HYPH" || t == "VBN"
}
