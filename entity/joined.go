package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// coalitionNouns head a phrase for a body of states or groups that others
// join, named by no name of its own ("a naval coalition", "the alliance").
var coalitionNouns = map[string]bool{
	"coalition": true, "alliance": true, "bloc": true, "partnership": true, "consortium": true, "initiative": true,
	"mission": true, "force": true, "league": true, "federation": true, "pact": true, "group": true,
}

// foundingVerbs make a body their subject founds or leads: "Brazil
// founded a naval coalition".
var foundingVerbs = map[string]bool{
	"found": true, "form": true, "launch": true, "create": true, "establish": true, "set_up": true, "lead": true,
	"start": true, "build": true, "assemble": true, "initiate": true, "organize": true, "organise": true,
}

// joinedFounder adds joiner —join→ founder when an actor joins a
// nameless body that the same or the previous sentence says an actor
// founded or leads: "Brazil founded a naval coalition which was joined by
// Chile, Peru and Spain" (Chile joins Brazil, as each of the others
// does), "Brazil launched a coalition. Chile joined the coalition". A
// which-clause after the object of the body's infinitive ("a coalition to
// patrol the Pacific Ocean which was joined by Chile") is the body's: a
// place of no state is joined by no actor, and f loses it.
func (d *docState) joinedFounder(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if x.Negated || si >= len(d.sents) {
		return
	}
	var joinerArg, bodyArg schema.Argument
	if base, by := passiveBy(x); by && base == "join" {
		joinerArg, bodyArg = x.Object, x.Subject
	} else if x.Lemma == "join" && !passiveIn(x.Relation) {
		joinerArg, bodyArg = x.Subject, x.Object
	} else {
		return
	}
	joiner, conf, _ := d.argument(si, s, joinerArg)
	if joiner == nil || !actorEntity(joiner) {
		return
	}
	body, _, _ := d.argument(si, s, bodyArg)
	first, last := argTokens(s, bodyArg)
	if first < 0 {
		return
	}
	var founder *docEntity
	switch {
	case body == nil && coalitionNouns[s.Tokens[last-1].Lower()]:
		founder = d.founderOf(si, s.Tokens[last-1].Lower(), -1, joiner)
	case body != nil && (body.typ == schema.Location || waterBody(body.name)) && (first >= 2 && s.Tokens[first-2].Lower() == "to" || first >= 3 && s.Tokens[first-3].Lower() == "to"):
		// "a coalition to patrol (the) Pacific Ocean which": the body
		// is the noun before the infinitive.
		to := first - 2
		if s.Tokens[to].Lower() != "to" {
			to = first - 3
		}
		if to < 1 || !coalitionNouns[s.Tokens[to-1].Lower()] {
			return
		}
		founder = d.founderOf(si, s.Tokens[to-1].Lower(), s.Tokens[to-1].End, joiner)
		if founder == nil {
			return
		}
		if f.obj == body {
			f.obj, f.concept = nil, ""
		}
		if f.subj == body {
			f.subj = nil
		}
	}
	if founder == nil {
		return
	}
	if g := d.derive(si, joinerArg, x.Relation, "join", joiner, founder, "", x.Confidence*conf*placeArgConf); g != nil {
		g.Class = schema.CanonicalRelation("join")
	}
}

// founderOf returns the actor that a fact of the same or the previous
// sentence says founded or leads a body whose phrase ends with noun,
// save joiner, or nil. A non-negative end asks for the phrase that ends
// there.
func (d *docState) founderOf(si int, noun string, end int, joiner *docEntity) *docEntity {
	f := d.latestFact(si, func(f *docFact) bool {
		return !f.implied && foundingVerbs[f.Lemma] && f.subj != nil && f.subj != joiner && actorEntity(f.subj) &&
			strings.EqualFold(lastWord(f.Object.Text), noun) && (end < 0 || f.Sentence == si && f.Object.End == end)
	})
	if f == nil {
		return nil
	}
	return f.subj
}
