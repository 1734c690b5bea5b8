package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// facilityNouns name what an actor owns and an attack on which is an
// attack on it: "attacked the church's website", "bombed the party
// headquarters".
var facilityNouns = map[string]bool{
	"website": true, "websites": true, "site": true, "servers": true, "network": true, "networks": true,
	"headquarters": true, "offices": true, "office": true, "embassy": true, "consulate": true, "compound": true,
	"targets": true, "target": true, "posts": true, "positions": true, "outposts": true, "bases": true, "base": true, "barracks": true, "checkpoints": true, "checkpoint": true,
	"warships": true, "ships": true, "vessels": true, "convoy": true, "convoys": true, "patrol": true, "patrols": true,
	"stronghold": true, "strongholds": true, "hideout": true, "hideouts": true, "depot": true, "depots": true,
	"facility": true, "facilities": true, "installation": true, "installations": true, "airbase": true, "airbases": true,
	"home": true, "homes": true, "house": true, "residence": true, "apartment": true, "flat": true,
}

// attackVerbs act against an actor through what it owns.
var attackVerbs = map[string]bool{
	"attack": true, "hack": true, "target": true, "bomb": true, "raid": true, "storm": true, "shell": true,
	"strike": true, "hit": true, "besiege": true, "vandalise": true, "vandalize": true, "torch": true,
	"search": true, "burn": true, "loot": true, "ransack": true, "surround": true,
	"ambush": true, "assault": true, "bombard": true, "overrun": true,
}

// facilityOwner returns the actor whose website, headquarters or embassy
// argument a names when x's verb is an attack: "the Green Party's
// website", "the Labour Party headquarters", "the Norwegian embassy". It
// returns nil otherwise.
func (d *docState) facilityOwner(si int, s nlp.Sentence, x schema.Extraction, a schema.Argument) *docEntity {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if !attackVerbs[verb] && !(verb == "fire" && firePreps[prep]) || x.Negated {
		return nil
	}
	if o := d.owner(si, s, a); o != nil {
		return o
	}
	return d.userAfter(si, s, a)
}

// firePreps are the prepositions after "fire" that make it a shot at a
// target, as [attackVerbs] are acts on one: "fired at Hamas positions",
// "opened fire on the army's base". A bare "fired" may be a dismissal.
var firePreps = map[string]bool{"at": true, "on": true, "upon": true, "into": true}

// facilityUserVerbs are the participles that tie a facility to the actor that
// uses it, after the facility and before "by": "two positions used by U.N.
// peacekeepers", "a base held by the rebels".
var facilityUserVerbs = map[string]bool{
	"used": true, "held": true, "manned": true, "occupied": true, "run": true, "operated": true, "controlled": true,
}

// userAfter returns the actor named after "used by" or another of
// [facilityUserVerbs] right after a, whose last word is a facility noun: "fired on
// two positions used by U.N. peacekeepers". It returns nil otherwise.
func (d *docState) userAfter(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if a.End <= a.Start || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	_, last := argTokens(s, a)
	if last < 1 || last+2 >= len(toks) || !facilityNouns[toks[last-1].Lower()] ||
		!facilityUserVerbs[toks[last].Lower()] || toks[last+1].Lower() != "by" {
		return nil
	}
	b := last + 2
	if toks[b].Lower() == "the" {
		b++
	}
	var user *mention // the longest: "U.N. peacekeepers", not "U.N."
	for _, m := range d.sents[si] {
		if m.start == b && m.ent != nil && actorEntity(m.ent) && !m.adj && (user == nil || m.end > user.end) {
			user = m
		}
	}
	if user == nil {
		return nil
	}
	return user.ent
}

// owner returns the actor whose facility argument a names: the actor
// named right before the facility noun that closes a, or before the
// lower-case nouns and adjectives that modify it ("KPA civil police
// posts", "the South Korean army base"). It returns nil otherwise.
func (d *docState) owner(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if a.End <= a.Start || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	first, last := argTokens(s, a)
	last-- // the last token of a, not the one after it
	for f := first; f >= 0 && f+2 <= last; f++ {
		// "the home of Ann Lee", "the headquarters of the party": the
		// owner's name closes the phrase.
		if !facilityNouns[toks[f].Lower()] || toks[f+1].Text != "of" {
			continue
		}
		b := f + 2
		if strings.EqualFold(toks[b].Text, "the") {
			b++
		}
		for _, m := range d.sents[si] {
			if m.start == b && m.end == last+1 && m.ent != nil && actorEntity(m.ent) && !m.adj {
				return m.ent
			}
		}
		return nil
	}
	if last < 1 || !facilityNouns[toks[last].Lower()] {
		return nil
	}
	end := last
	if toks[end-1].Tag == "POS" {
		end--
	}
	for range 2 {
		for _, m := range d.sents[si] {
			if m.end == end && m.ent != nil && actorEntity(m.ent) && toks[m.start].Start >= a.Start && (!m.adj || m.ent.typ == schema.GPE) {
				if o := d.possessorOfPlace(si, s, m); o != nil {
					return o // "Halvik Holdings' Oslo headquarters" are Halvik's
				}
				return m.ent
			}
		}
		// "KPA civil police posts": lower-case modifiers between the
		// name and the noun.
		for end > 1 && toks[end-1].Start >= a.Start && (toks[end-1].Tag == "NN" || toks[end-1].Tag == "JJ") && !isCap(toks[end-1].Text) {
			end--
		}
	}
	return nil
}

// possessorOfPlace returns the actor whose possessive comes right before
// m, a place naming where a facility is ("Halvik Holdings' Oslo
// headquarters"), or nil.
func (d *docState) possessorOfPlace(si int, s nlp.Sentence, m *mention) *docEntity {
	if !isPlace(m.ent) || m.start < 2 || s.Tokens[m.start-1].Tag != "POS" {
		return nil
	}
	for _, p := range d.sents[si] {
		if p.end == m.start-1 && p.ent != nil && p.ent != m.ent && actorEntity(p.ent) && !p.adj {
			return p.ent
		}
	}
	return nil
}

// facilityHeads end the names of facilities, which the annotators treat as
// things, as they do stadiums and halls ([site]), though a body runs them
// and may act in their name: "Holy Cross Hospital in Bergen" and "the
// Swedish consulate in Oslo" state no place of an actor, and "fled to the
// Canadian Embassy" no act on one; "a nurse at Holy Cross Hospital" and
// "wrote to the US Embassy" still tie actors to the body. A recording
// studio is one too ("his Lantern Studio, Bergen"); a film company's name
// ends in "Studios" ("Marvel Studios").
var facilityHeads = map[string]bool{
	"Hospital": true, "Clinic": true, "Embassy": true, "Consulate": true, "Factory": true, "Plant": true,
	"Farm": true, "Studio": true,
}

// facilityKinds are the words before a "Center" or "Centre" that make it a
// facility ("Bergen Scott Medical Center"), where the head alone ends the
// names of bodies too ("National Hurricane Center").
var facilityKinds = map[string]bool{"Medical": true}

// facilityNamed reports whether e is an organisation or a place whose
// name ends in one of [facilityHeads], or in "Center" or "Centre" after
// one of [facilityKinds].
func facilityNamed(e *docEntity) bool {
	if e == nil || e.typ != schema.Organization && e.typ != schema.Location && e.typ != schema.GPE {
		return false
	}
	f := strings.Fields(e.name)
	if len(f) < 2 {
		return false
	}
	last := capitalize(strings.ToLower(f[len(f)-1]))
	if (last == "Center" || last == "Centre") && len(f) > 2 {
		return facilityKinds[capitalize(strings.ToLower(f[len(f)-2]))]
	}
	return facilityHeads[last]
}

// placedAct reports whether lemma is an act that only places its subject
// at, in, into or near its object, or moves it there or from there
// ("enter", "stay_at", "flee_to", "take_to"): with a facility as the object
// it states no act on an actor ([facilityNamed]). Acts addressed to a body
// ("write_to", "complain_to") are not placed acts.
func placedAct(lemma string) bool {
	if !sitedAct(lemma) {
		return false
	}
	verb, prep, _ := strings.Cut(lemma, "_")
	if i := strings.LastIndex(prep, "_"); i >= 0 {
		prep = prep[i+1:]
	}
	if prep == "to" || prep == "from" || prep == "toward" || prep == "towards" {
		return motionVerbs[verb] || movedVerbs[verb]
	}
	return true
}
