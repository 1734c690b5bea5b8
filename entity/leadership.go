package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// leadershipVerbs take, hold or give up the leadership of a body, which
// states that their subject leads or led it.
var leadershipVerbs = map[string]bool{
	"resign": true, "quit": true, "relinquish": true, "step": true, "take": true, "assume": true,
	"retain": true, "hold": true, "win": true, "lose": true, "give": true, "hand": true,
}

// leadershipNouns name the post of a body's head.
var leadershipNouns = map[string]bool{"leadership": true, "chairmanship": true, "helm": true, "charge": true}

// chargeNouns are the nouns of "is in charge of" ("has been in command
// of the army"), whose body the subject leads.
var chargeNouns = map[string]bool{"charge": true, "command": true}

// leadershipHeld adds subj —lead→ body when x's verb takes, holds or gives
// up the leadership of a body named after of: "would resign leadership of
// the New Progressive Party", "took over the leadership of the Green
// Party", "stepped down from the helm of Globex". A post only sought or
// planned ("hopes to win the leadership of") is a question of intention,
// which the caller settles; giving up a post states that it was held.
func (d *docState) leadershipHeld(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || !leadershipVerbs[verb] && x.Lemma != "be_in" || x.Negated || f.subj.typ != schema.Person {
		return
	}
	nouns := leadershipNouns
	if x.Lemma == "be_in" {
		nouns = chargeNouns // "Tom Wu is in charge of Halvik Motors"
	}
	body := d.ofActor(si, s, x.Object, []map[string]bool{nouns})
	if body == nil || body == f.subj || body.typ != schema.Organization {
		return
	}
	d.derive(si, x.Subject, x.Relation, schema.Lead, f.subj, body, "", x.Confidence*placeArgConf)
}
