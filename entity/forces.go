package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// militarySites are the facility nouns of an armed force ([facilityNouns])
// that an attack on a place names without their owner: "struck targets in
// Syria", "shelled positions near Avdiivka".
var militarySites = map[string]bool{
	"targets": true, "target": true, "positions": true, "posts": true, "outposts": true, "bases": true,
	"base": true, "barracks": true, "checkpoints": true, "installations": true, "facilities": true,
	// "air strikes hit government compounds in Gaza", "shelled villages
	// in Sweden", "bombed residential areas of Aleppo": the buildings and
	// the settlements of the place, struck with no owner named.
	"compound": true, "compounds": true, "buildings": true, "villages": true, "areas": true,
}

// attackedPlace returns the state or place an attack's unowned military
// sites are placed in, and the lemma of the act: "Israel struck targets in
// Syria overnight" is a strike on Syria, as an analyst reads it. The
// subject must be a state, a body or a group (a person who "attacked
// targets in Oslo" is placed by the usual rules), the object a plural of
// [militarySites] with no actor named in it, and the place a named one
// after "in", other than the subject.
func (d *docState) attackedPlace(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) *docEntity {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || subj.typ == schema.Person || !attackVerbs[verb] || prep != "" || x.Negated {
		return nil
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || !militarySites[s.Tokens[last-1].Lower()] {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.start >= first && m.end <= last && m.ent != nil {
			return nil // "struck Hamas targets": the owner's ([docState.facilityOwner])
		}
	}
	for _, a := range x.Extra {
		p, rest := splitPrep(a)
		if p != "in" || rest.Text == "" {
			continue
		}
		if o, _, _ := d.argument(si, s, rest); o != nil && o != subj && o.typ == schema.GPE {
			return o
		}
		return nil
	}
	return nil
}

// ownEnvoyNouns are the people a state or body sends abroad and may call
// back: "withdrew its troops from", "recalled its ambassador from".
var ownEnvoyNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "personnel": true, "staff": true, "diplomats": true,
	"ambassador": true, "envoy": true, "ambassadors": true, "envoys": true, "contingent": true,
	"peacekeepers": true, "advisers": true, "advisors": true, "citizens": true, "nationals": true,
}

// envoyPostNouns are the nouns of [ownEnvoyNouns] that a to-phrase gives a
// post: "recalled its ambassador to Russia" calls him back from Russia.
var envoyPostNouns = map[string]bool{"ambassador": true, "envoy": true, "ambassadors": true, "envoys": true}

// withdrawnFrom returns the actor a state or body withdrew its own people
// from, and the lemma of the act: "Norway withdrew its troops from
// Afghanistan" (withdraw_from), "Canada recalled its ambassador from Saudi
// Arabia", "recalled its envoy to Russia" (recall_from). The object is the
// subject's own people, by a possessive determiner and a noun of
// [ownEnvoyNouns]; the place or body follows after "from", or after "to"
// for an envoy.
func (d *docState) withdrawnFrom(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) (*docEntity, string) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || subj.typ == schema.Person || prep != "" || x.Negated {
		return nil, ""
	}
	switch verb {
	case "withdraw", "recall", "evacuate", "pull":
	default:
		return nil, ""
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || s.Tokens[first].Tag != "PRP$" || !ownEnvoyNouns[s.Tokens[last-1].Lower()] {
		return nil, ""
	}
	noun := s.Tokens[last-1].Lower()
	for _, a := range x.Extra {
		p, rest := splitPrep(a)
		if rest.Text == "" || p != "from" && !(p == "to" && envoyPostNouns[noun]) {
			continue
		}
		if o, _, _ := d.argument(si, s, rest); o != nil && o != subj && (o.typ == schema.GPE || o.typ == schema.Organization) {
			return o, verb + "_from"
		}
		return nil, ""
	}
	return nil, ""
}
