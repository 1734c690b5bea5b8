// Warrants: "issued a warrant for Tom Wu's arrest".

package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// warrantVerbs issue, seek or obtain a warrant.
var warrantVerbs = map[string]bool{
	"issue": true, "seek": true, "request": true, "obtain": true, "sign": true, "file": true, "approve": true,
}

// warrantFacts adds subj —VERB_warrant_for→ each actor a warrant that x's
// verb issues, seeks or obtains names after "for" or "against": "The court
// issued a warrant for Tom Wu's arrest", "Prosecutors requested arrest
// warrants for Tom Wu and Ann Lee". The warrant's other words are
// "arrest" or "international" and the like; the actor is the phrase's
// list of names or the possessor of "arrest". It reports whether it read
// a warrant's phrase, which then names no other end of the verb.
func (d *docState) warrantFacts(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || !actorEntity(subj) || x.Negated || !warrantVerbs[verb] {
		return false
	}
	args := x.Extra
	if w := lastWord(x.Object.Text); w == "warrant" || w == "warrants" {
		// "requested arrest warrants | for Tom Wu and Ann Lee"
	} else if rel := strings.Fields(strings.ToLower(x.Relation)); len(rel) > 2 && (rel[len(rel)-1] == "for" || rel[len(rel)-1] == "against") &&
		(rel[len(rel)-2] == "warrant" || rel[len(rel)-2] == "warrants") {
		// "issued a warrant for | Tom Wu's arrest": the noun read into
		// the relation, its phrase the object.
		o := x.Object
		o.Text = rel[len(rel)-1] + " " + o.Text
		o.Start -= len(rel[len(rel)-1]) + 1
		args = []schema.Argument{o}
	} else {
		return false
	}
	for _, a := range args {
		prep := "for"
		arg, ok := phraseAfter(a, prep)
		if !ok {
			prep = "against"
			if arg, ok = phraseAfter(a, prep); !ok {
				continue
			}
		}
		named := d.listedIn(si, s, arg)
		if len(named) == 0 {
			if p := d.possessorOf(si, s, arg, func(w string) bool { return w == "arrest" || w == "extradition" }); p != nil {
				named = []*mention{{ent: p}}
			}
		}
		for _, m := range named {
			if m.ent != nil && m.ent != subj && actorEntity(m.ent) && !isPlace(m.ent) {
				d.derive(si, x.Subject, x.Relation+" "+prep, verb+"_warrant_for", subj, m.ent, "", x.Confidence*placeArgConf)
			}
		}
		return true
	}
	return false
}
