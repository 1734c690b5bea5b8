package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// existentialBe are the forms of be after "there" that state what exists
// somewhere: "there are", "there were", "there remain".
var existentialBe = map[string]bool{"are": true, "were": true, "is": true, "was": true, "remain": true, "remained": true}

// stationedWords may stand between an actor and "in" in an existential
// sentence: "there are 300 troops stationed in Syria".
var stationedWords = map[string]bool{"stationed": true, "based": true, "deployed": true, "present": true, "left": true}

// existentialPresence adds actor —locate_in→ place for an existential
// sentence: "There are about 5,000 U.S. troops in Iraq", "there were 300
// Russian soldiers stationed in Syria", "There are reportedly about 5000
// U.S. troops now in the country": "there", a form of be, an actor that no
// place is (a number, a determiner or adverbs before it) and "in" a place
// (adverbs or a participle of stationing between). The extractor reads
// "there" as the subject, which names no actor.
func (d *docState) existentialPresence(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+4 < len(toks); i++ {
		if toks[i].Lower() != "there" || !existentialBe[toks[i+1].Lower()] || i > 0 && (strings.HasPrefix(toks[i-1].Tag, "NN") || toks[i-1].Tag == "RB") {
			continue // "the troops there are tired": "there" places the noun before it
		}
		k := i + 2
		for k < len(toks) && k < i+7 && coveringAt(ms, k) < 0 && existentialModifier(toks[k]) {
			k++ // "reportedly about 5000", "some"
		}
		actor := mentionStarting(ms, k)
		if actor == nil || actor.ent == nil || actor.adj || actor.possessive || actor.kind == mPronoun || !actorEntity(actor.ent) || isPlace(actor.ent) {
			continue
		}
		j := actor.end
		for j < len(toks) && j < actor.end+3 && (toks[j].Tag == "RB" || stationedWords[toks[j].Lower()]) {
			j++ // "now in", "stationed in"
		}
		if j+1 >= len(toks) || toks[j].Lower() != "in" {
			continue
		}
		place := mentionStarting(ms, j+1)
		if place == nil || place.ent == nil || !isPlace(place.ent) || place.adj || place.possessive || place.ent == actor.ent {
			continue
		}
		if actor.country != nil && actor.country.ent == place.ent {
			// "U.S. troops ... in the country": a description the group's
			// own state answers is no news; it means the other country
			// the sentences before spoke of ("U.S. troops left Iraq ...
			// There are 3000 U.S. troops now in the country").
			if place.kind != mDesc || place.head != "country" {
				continue
			}
			other := d.otherCountryBefore(si, place.ent)
			if other == nil || other == actor.ent {
				continue
			}
			d.derive(si, argOf(s, actor), joinText(toks[i:place.end]), schema.LocateIn, actor.ent, other, "", roleConf)
			continue
		}
		d.derive(si, argOf(s, actor), joinText(toks[i:place.start]), schema.LocateIn, actor.ent, place.ent, "", roleConf)
	}
}

// existentialModifier reports whether t may stand between "there are" and
// the actor it states: a number, a determiner, an adverb or "about".
func existentialModifier(t nlp.Token) bool {
	switch t.Lower() {
	case "about", "around", "over", "than", "up", "to":
		return true
	}
	return t.Tag == "CD" || t.Tag == "DT" || t.Tag == "RB" || t.Tag == "JJR" || t.Tag == "JJ" && !isCap(t.Text)
}

// mentionStarting returns the longest mention of ms that starts at token
// k ("U.S. troops" rather than "U.S."), or a description after "the"
// there, or nil.
func mentionStarting(ms []*mention, k int) *mention {
	var long *mention
	for _, m := range ms {
		if m.start == k && (long == nil || m.end > long.end) {
			long = m
		}
	}
	if long != nil {
		return long
	}
	for _, m := range ms {
		if m.start == k+1 && m.kind != mName {
			return m // "the country": a description starts after its article
		}
	}
	return nil
}

// returnedThere adds actor —return_to→ place for a clause that leaves a
// place and a verb "returned" joined to it that names no place of its own:
// "Norwegian troops left Halvia in 2011, then returned three years later",
// "Ann Lee left Oslo in May but returned a week later": the actor came back
// to the place it left. "returned to politics", "returned home" and
// "returned the money" name where or what of their own.
func (d *docState) returnedThere(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, a := range ms {
		k := a.end
		for k < len(toks) && toks[k].Tag == "RB" {
			k++
		}
		if a.ent == nil || a.adj || a.possessive || !actorEntity(a.ent) || k+1 >= len(toks) || toks[k].Lower() != "left" || toks[k].Tag != "VBD" {
			continue
		}
		place := mentionStarting(ms, k+1)
		if place == nil || place.ent == nil || !isPlace(place.ent) || place.adj || place.possessive || place.ent == a.ent {
			continue
		}
		joined := false
		r := place.end
		for ; r < len(toks) && r < place.end+12; r++ {
			w := toks[r].Lower()
			if w == "returned" {
				break
			}
			if w == "and" || w == "then" || w == "but" {
				joined = true
			}
			if strings.HasPrefix(toks[r].Tag, "VB") || toks[r].Tag == "MD" || w == ";" || w == "who" || w == "which" {
				r = len(toks) // another clause's verb: "left Oslo and Tom Wu returned"
			}
		}
		if !joined || r >= len(toks) || toks[r].Tag != "VBD" && toks[r].Tag != "VBN" || !returnedBare(toks, r+1) {
			continue
		}
		if m := coveringAt(ms, r-1); m >= 0 && ms[m].ent != nil && !ms[m].possessive && actorEntity(ms[m].ent) && r-1 == ms[m].end-1 {
			continue // "and Tom Wu returned": another actor's return
		}
		d.derive(si, argOf(s, a), "left "+joinText(toks[place.start:place.end])+" ... returned", "return_to", a.ent, place.ent, "", roleConf)
	}
}

// returnedBare reports whether the words from token k on name no place or
// thing returned to: the sentence's end, a comma, or a time ("three years
// later", "in 2014", "a week later", "soon").
func returnedBare(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch t := toks[k]; {
	case t.Text == "," || t.Text == "." || t.Text == ";":
		return true
	case t.Lower() == "in" || t.Lower() == "on" || t.Lower() == "after" || t.Lower() == "later" || t.Lower() == "soon":
		return true
	case t.Tag == "CD" || t.Tag == "DT" && (t.Lower() == "a" || t.Lower() == "an"):
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if w := toks[j].Lower(); w == "later" || w == "after" || w == "ago" {
				return true // "three years later", "a week later"
			}
		}
	}
	return false
}

// otherCountryBefore returns the country named last in the sentence si or
// the one before it, other than not, when it is the only such country
// there; else nil.
func (d *docState) otherCountryBefore(si int, not *docEntity) *docEntity {
	var one *docEntity
	for k := max(si-1, 0); k <= si && k < len(d.sents); k++ {
		for _, m := range d.sents[k] {
			if m.ent == nil || m.ent == not || m.kind == mDesc || m.kind == mPronoun || !d.r.country(m.ent) {
				continue
			}
			if one != nil && one != m.ent {
				return nil
			}
			one = m.ent
		}
	}
	return one
}
