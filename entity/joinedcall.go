package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// joinCallVerbs join, echo or back a call that others made: "joined the
// calls by officials asking Sweden to waive the fee".
var joinCallVerbs = map[string]bool{
	"join": true, "echo": true, "back": true, "support": true, "endorse": true, "amplify": true, "second": true,
}

// callNouns are the calls that [joinCallVerbs] take.
var callNouns = map[string]bool{
	"call": true, "calls": true, "appeal": true, "appeals": true, "demand": true, "demands": true,
	"request": true, "requests": true, "plea": true, "pleas": true,
}

// callVerbs are the participles by which the callers address the actor
// called on: "calls by officials asking (urging, calling on) Sweden".
var callVerbs = map[string]bool{"ask": true, "urge": true, "call_on": true, "implore": true, "press": true}

// joinedCall adds A —VERB→ C for the extractions xs of sentence si when A
// joins the calls of B ("A joined the calls by B", or from B) and B, in a
// participle, asks, urges or calls on C: the one who joins the call makes
// it too. "Ann Lee joined the calls by Norwegian officials asking Sweden to
// waive the fee" gives Ann Lee —ask→ Sweden, besides the officials' own.
func (d *docState) joinedCall(si int, s nlp.Sentence, xs []schema.Extraction) {
	for _, x := range xs {
		verb, _, _ := strings.Cut(x.Lemma, "_")
		if !joinCallVerbs[verb] || x.Negated || x.Object.Text == "" || !callNouns[lastWord(x.Object.Text)] {
			continue
		}
		subj, sc, _ := d.argument(si, s, x.Subject)
		if subj == nil || !actorEntity(subj) {
			continue
		}
		for _, by := range x.Extra {
			if prep, _, _ := strings.Cut(strings.ToLower(by.Text), " "); prep != "by" && prep != "from" {
				continue
			}
			for _, y := range xs {
				w := strings.Fields(strings.ToLower(y.Relation))
				if !callVerbs[y.Lemma] || y.Negated || len(w) == 0 || !strings.HasSuffix(w[0], "ing") ||
					y.Subject.Start < by.Start || y.Subject.End > by.End {
					continue
				}
				if o, oc, _ := d.argument(si, s, y.Object); o != nil && o != subj && actorEntity(o) {
					if f := d.derive(si, x.Subject, x.Relation+" "+y.Relation, y.Lemma, subj, o, "", min(x.Confidence*sc, y.Confidence*oc)*placeArgConf); f != nil {
						f.Class = schema.CanonicalRelation(y.Lemma)
					}
				}
			}
		}
	}
}
