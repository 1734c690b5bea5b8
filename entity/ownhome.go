package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// lapsedHomeWords are the modifiers of a home that say the owner no longer
// lives there, or never did: "his former home in Oslo", "her holiday home".
var lapsedHomeWords = map[string]bool{
	"former": true, "previous": true, "old": true, "childhood": true, "holiday": true, "second": true,
	"late": true, "ancestral": true, "birth": true, "summer": true, "weekend": true, "first": true,
}

// ownedHomes: "Protesters gathered outside Tom Wu's new home in Velby",
// "police searched his family home in Oslo": a person's own dwelling,
// named with the person's possessive and placed by "in" and a place, says
// where that person lives, whatever the clause's subject is. [docState.homeAt]
// reads the subject's "at his home in Oslo"; this reads the phrase on its
// own. A home said to be former, or a holiday home, says nothing of where
// one lives; nor does one where the person died ("died at his home in
// Oslo": die_in says it).
func (d *docState) ownedHomes(sents []nlp.Sentence) {
	for si, s := range sents {
		if si >= len(d.sents) {
			break
		}
		toks := s.Tokens
		for _, m := range d.sents[si] {
			if m.ent == nil || m.ent.typ != schema.Person {
				continue
			}
			k := m.end
			switch {
			case m.kind == mPronoun && m.end == m.start+1 && (toks[m.start].Lower() == "his" || toks[m.start].Lower() == "her"):
			case m.kind != mPronoun && k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "'"):
				k++
			default:
				continue
			}
			if diedBefore(toks, m.start) {
				continue
			}
			j := k
			for j < len(toks) && j < k+2 && !dwellingNouns[toks[j].Lower()] && (toks[j].Tag == "JJ" || toks[j].Tag == "NN") &&
				!lapsedHomeWords[toks[j].Lower()] {
				j++
			}
			if j+2 >= len(toks) || !dwellingNouns[toks[j].Lower()] || toks[j+1].Lower() != "in" {
				continue
			}
			if place := d.placeAfterIn(si, s, j+1); place != nil && place != m.ent {
				d.derive(si, argOf(s, m), "home", liveIn, m.ent, place, "", roleConf)
			}
		}
	}
}

// diedBefore reports whether a form of "die" or "passed away" comes in
// the six tokens before token i: "died on Monday at her home".
func diedBefore(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch toks[k].Lower() {
		case "died", "dies", "die", "dying", "away":
			return true
		}
	}
	return false
}

// placeAfterIn returns the place named right after the "in" at token k of
// sentence si: "in Oslo", "in the city of Oslo", "in the neighbouring state
// of Maine"; nil when another kind of name, or none, comes first.
func (d *docState) placeAfterIn(si int, s nlp.Sentence, k int) *docEntity {
	toks := s.Tokens
	var first *mention
	for _, m := range d.sents[si] {
		if m.ent != nil && m.start > k && m.start <= k+5 && (first == nil || m.start < first.start) {
			first = m
		}
	}
	if first == nil || !isPlace(first.ent) {
		return nil
	}
	if gap := first.start - k - 1; gap > 0 {
		if toks[k+1].Tag != "DT" {
			return nil
		}
		if gap > 1 && toks[first.start-1].Lower() != "of" {
			return nil
		}
		for _, t := range toks[k+2 : first.start] {
			if isCap(t.Text) {
				return nil
			}
		}
	}
	return first.ent
}
