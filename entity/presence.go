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
			continue // "U.S. troops ... in the country": a description the group's own state answers is no news
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
