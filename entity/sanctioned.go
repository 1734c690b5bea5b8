package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sanctionedBySpeaker adds speaker —LEMMA→ patient for a passive with no
// agent that a body reports of an actor ("The Velby Olympic Committee said
// the Halden Sports Federation was also suspended"): a body suspends,
// expels or disqualifies its own members, so it is the one that did it. A
// police force that says someone was arrested or detained made the
// arrest ("Norwegian police said Tom Wu was arrested"). Other speakers
// report what others did ("Amnesty said the activist was detained"), and
// give nothing.
func (d *docState) sanctionedBySpeaker(si int, s nlp.Sentence, xs []schema.Extraction) {
	if si >= len(d.sents) {
		return
	}
	ms := d.sents[si]
	for _, x := range xs {
		lemma := sanctionLemmas[x.Lemma]
		if lemma == "" || x.Negated || len(x.Sources) == 0 || !agentlessPassive(x) || actorInArg(s, ms, x.Object) {
			continue
		}
		sp, pat := theMentionAt(s, ms, x.Sources[0]), theMentionAt(s, ms, x.Subject)
		if sp == nil {
			sp = lastMentionIn(s, ms, x.Sources[0]) // "IOC spokesman Tom Wu said"
		}
		if sp == nil || pat == nil || sp.ent == nil || pat.ent == nil || sp.ent == pat.ent || sp.adj || pat.adj ||
			!actorEntity(pat.ent) || pat.kind == mPronoun {
			continue
		}
		body := sp.ent
		if body.typ == schema.Person {
			// "IOC president Tom Wu said Norway was suspended": the one
			// body the speaker leads or works for did it.
			if body = d.speakerBody(si, sp.ent); body == nil || body == pat.ent {
				continue
			}
		}
		police := strings.Contains(strings.ToLower(body.name), "police")
		if lemma == "arrest" || lemma == "detain" {
			if !police {
				continue
			}
		} else if body.typ != schema.Organization || police {
			continue
		}
		if f := d.derive(si, argOf(s, sp), x.Relation, lemma, body, pat.ent, "", roleConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
	}
}

// sanctionLemmas are the acts of [docState.sanctionedBySpeaker].
var sanctionLemmas = map[string]string{
	"suspend": "suspend", "expel": "expel", "disqualify": "disqualify", "arrest": "arrest", "detain": "detain",
}

// agentlessPassive reports whether x's relation is a passive ("was also
// suspended", "has been expelled", "was suspended due to") with no "by"
// in it or among its arguments.
func agentlessPassive(x schema.Extraction) bool {
	be, passive := false, false
	for _, v := range strings.Fields(strings.ToLower(x.Relation)) {
		switch {
		case v == "by":
			return false
		case v == "is" || v == "are" || v == "was" || v == "were" || v == "been" || v == "be" || v == "being":
			be = true
		case be && strings.HasSuffix(v, "ed"):
			passive = true // "was also suspended due to": the words after are the object's
		}
	}
	if !passive {
		return false
	}
	for _, a := range x.Extra {
		if strings.HasPrefix(strings.ToLower(a.Text), "by ") || a.Role == "by" {
			return false
		}
	}
	return true
}

// theMentionAt returns the mention of ms that is argument a, "the" before
// it or not ("the Halden Sports Federation"), or nil.
func theMentionAt(s nlp.Sentence, ms []*mention, a schema.Argument) *mention {
	for _, m := range ms {
		if m.end > len(s.Tokens) || s.Tokens[m.end-1].End != a.End {
			continue
		}
		if st := s.Tokens[m.start].Start; st == a.Start || m.start > 0 && s.Tokens[m.start-1].Start == a.Start && s.Tokens[m.start-1].Lower() == "the" {
			return m
		}
	}
	return nil
}

// actorInArg reports whether a mention of an actor lies within argument
// a: "was suspended by the board" names who did it.
func actorInArg(s nlp.Sentence, ms []*mention, a schema.Argument) bool {
	if a.Text == "" {
		return false
	}
	for _, m := range ms {
		if m.end <= len(s.Tokens) && m.ent != nil && actorEntity(m.ent) && s.Tokens[m.start].Start >= a.Start && s.Tokens[m.end-1].End <= a.End {
			return true
		}
	}
	return false
}

// speakerBody returns the one organisation that the facts up to sentence
// si show person p leading or working for, or nil.
func (d *docState) speakerBody(si int, p *docEntity) *docEntity {
	return d.oneObject(p, func(f *docFact) bool {
		return f.obj.typ == schema.Organization && f.Sentence <= si && !f.Negated && (f.Lemma == schema.Lead || f.Lemma == schema.WorkFor)
	})
}

// lastMentionIn returns the mention of ms that ends argument a, or nil.
func lastMentionIn(s nlp.Sentence, ms []*mention, a schema.Argument) *mention {
	for _, m := range ms {
		if m.end <= len(s.Tokens) && s.Tokens[m.end-1].End == a.End && s.Tokens[m.start].Start >= a.Start {
			return m
		}
	}
	return nil
}
