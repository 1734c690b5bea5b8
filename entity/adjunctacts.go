package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// adjunctNounPreps open a phrase after a clause's verb that names, by an
// event noun, an act its subject did: "arrived in Oslo after visits to
// Sweden and Finland", "said during a recent visit to Kenya".
var adjunctNounPreps = map[string]bool{"after": true, "during": true, "following": true, "on": true}

// arrivalLemmas place their subject in the actor they take: a visit
// after "on" without a destination of its own is to that actor ("arrived
// in Kenya on a state visit", "is in Kenya on a three-day visit").
var arrivalLemmas = map[string]bool{"arrive_in": true, "locate_in": true, "be_in": true, "arrive": true}

// adjunctActLemmas are the acts of nominals that a phrase of
// [adjunctNounPreps] gives the clause's subject: a visit, a trip, a call.
// Talks and meetings with an actor are read in any argument of the
// clause ([docState.meetingWith]); a war, a game or a deal "during" which
// one acted need not be one's own ("spoke during the war with Sweden").
var adjunctActLemmas = map[string]bool{"visit": true, "travel_to": true, "call": true}

// adjunctAct adds doer —RELATION→ actor for each actor listed after the
// preposition of an event noun ([adjunctActLemmas]) in a phrase of
// [adjunctNounPreps] at token k, the doer being the subject of the clause
// the phrase ends: "Tom Wu arrived in Oslo after visits to Sweden and
// Finland" (visit, twice), "Ann Lee spoke during a recent visit to Kenya",
// "Tom Wu resigned following a call with Ann Lee" (call). An article,
// adjectives, a number or a participle may stand before the noun, as in
// [docState.frontedAct]; a possessive names another's act ("during Ann
// Lee's visit", "during her visit", which the possessive reading takes),
// and a planned act ("after a planned visit to"), a clause of what will or
// may be ("will fly to Oslo after a visit to Kenya") or an act no actor
// takes part in ("after a visit to the oil field") gives nothing. A visit
// after "on" with no destination is to the place the clause puts its
// subject in, obj ([arrivalLemmas]); "on" right after a verb is the
// verb's ("reported on a visit"). It reports
// whether token k opened such an event noun.
func (d *docState) adjunctAct(si int, s nlp.Sentence, x schema.Extraction, doer, obj *docEntity, k int) bool {
	toks := s.Tokens
	if toks[k].Lower() == "on" && k > 0 && strings.HasPrefix(toks[k-1].Tag, "VB") {
		return false // "reported on a visit to Kenya": what the verb is about
	}
	j := k + 1
	for n := 0; n < 4 && j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" ||
		(toks[j].Tag == "VBN" || toks[j].Tag == "VBD") && lowerWord(toks[j].Text)) && !isNominal(toks[j]); n++ {
		j++ // "after a first meeting with", "during an official visit to", "during a 2018 trip to"
	}
	if j+1 < len(toks) && toks[j].Tag == "NN" && lowerWord(toks[j].Text) && isNominal(toks[j+1]) {
		j++ // "during a campaign trip to", "on a state visit"
	}
	if j+1 >= len(toks) || !isNominal(toks[j]) {
		return false
	}
	nom := nominals.at(toks[j].Lower())
	if !adjunctActLemmas[nom.lemma] {
		return false
	}
	placed := j+2 >= len(toks) || !slices.Contains(nom.preps, toks[j+1].Lower())
	if placed && (toks[k].Lower() != "on" || !tripActs[nom.lemma] || !arrivalLemmas[x.Lemma] || obj == nil || !isPlace(obj) || !actorEntity(obj)) {
		return false
	}
	if unrealisedBefore(toks, j) || futureBefore(toks, j) || doer == nil || !actorEntity(doer) || d.intended(s, x) || modalBetween(s, x, k) {
		return true
	}
	if w := toks[k-1].Lower(); w == "that" || w == "," {
		return true // "claimed that during a trip to Oslo, Ann Lee refused": the next clause's ([docState.frontedActs])
	}
	if placed {
		if f := d.derive(si, x.Subject, joinText(toks[k:j+1]), schema.StatedRelation(nom.lemma), doer, obj, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation(nom.lemma)
		}
		return true
	}
	list := listAt(toks, d.sents[si], j+2)
	if n := len(list); n > 1 && toks[list[n-1].start-1].Text != "and" {
		list = list[:1] // "during a trip to Oslo, Tom Wu refused": a clause, no list, goes on
	}
	for _, o := range list {
		if o.ent == doer || !actorEntity(o.ent) {
			continue
		}
		if f := d.derive(si, x.Subject, joinText(toks[k:o.end]), schema.StatedRelation(nom.lemma), doer, o.ent, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation(nom.lemma)
		}
	}
	return true
}

// modalBetween reports whether a modal or an infinitive's "to" stands
// between the end of x's subject and token k: "Tom Wu will fly to Oslo
// after", "wants to fly to Oslo after".
func modalBetween(s nlp.Sentence, x schema.Extraction, k int) bool {
	for i := k - 1; i >= 0 && s.Tokens[i].Start >= x.Subject.End; i-- {
		if t := s.Tokens[i]; t.Tag == "MD" || t.Tag == "TO" && i+1 < k && s.Tokens[i+1].Tag == "VB" {
			return true
		}
	}
	return false
}
