package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// lowerDivisions are the lower-case nouns after a place's name that make
// it a state's division: "the Varuna district", "the North Varuna region".
var lowerDivisions = map[string]bool{
	"district": true, "region": true, "province": true, "county": true, "prefecture": true, "state": true,
}

// divisionNamed returns the named place of a locate_in fact's object
// written as its name and a lower-case noun of [lowerDivisions], after
// "the" or none, at the end of the argument or before "of" ("near Kelbora
// in the Varuna district", "at Tamsoor in Varuna district", "in Kelbury in
// the North Varuna region of Westland"): the division is the place, where
// [docState.argument] leaves a division after a preposition of place to
// the act it places. Nil when the object is anything else.
func (d *docState) divisionNamed(si int, s nlp.Sentence, a schema.Argument) *mention {
	if a.End <= a.Start || si >= len(d.sents) {
		return nil
	}
	first, last := argTokens(s, a)
	if first < 0 {
		return nil
	}
	toks := s.Tokens
	if toks[first].Lower() == "the" {
		first++
	}
	var m *mention
	for _, c := range d.sents[si] {
		if c.start == first && !c.adj && !c.possessive && c.ent != nil && (m == nil || c.end > m.end) {
			m = c
		}
	}
	if m == nil || !named(m) || !isPlace(m.ent) || m.end >= last || !lowerDivisions[toks[m.end].Text] {
		return nil
	}
	if m.end+1 != last && toks[m.end+1].Text != "of" {
		return nil
	}
	return m
}
