package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// refusalForms map the past tenses of the verbs that turn down a request
// with no object to their relation: "but he declined".
var refusalForms = map[string]string{"declined": "decline", "refused": "refuse"}

// requestLemmas are the relations of a request that a refusal answers.
var requestLemmas = map[string]bool{"ask": true, "urge": true, "invite": true, "request": true, "call_on": true}

// refusedAskers adds asked —decline→ asker for a refusal with no object
// that closes the sentence after "but" and its subject, when a fact of the
// sentence before it has the asker ask, urge or invite that subject's
// actor: "Norway asked Tom Wu to delay the vote, but he declined" (Tom Wu
// declined Norway's request), "..., but Sweden refused".
func (d *docState) refusedAskers(si int, s nlp.Sentence) {
	toks := s.Tokens
	for k := 2; k+1 < len(toks); k++ {
		lemma := refusalForms[toks[k].Lower()]
		if lemma == "" || toks[k+1].Tag != "." {
			continue
		}
		var refuser *mention
		for _, m := range d.sents[si] {
			if m.end == k && m.start > 0 && toks[m.start-1].Lower() == "but" && m.ent != nil && !m.adj && !m.possessive && actorEntity(m.ent) {
				refuser = m
			}
		}
		if refuser == nil {
			continue
		}
		for _, f := range d.facts {
			if f.Sentence != si || f.obj != refuser.ent || f.subj == nil || f.subj == refuser.ent || !requestLemmas[f.Lemma] || f.Negated {
				continue
			}
			if f.Subject.End > toks[refuser.start].Start {
				continue // the request must come before the refusal
			}
			if g := d.derive(si, argOf(s, refuser), toks[k].Text, lemma, refuser.ent, f.subj, "", roleConf); g != nil {
				g.Class = schema.CanonicalRelation(lemma)
			}
			break
		}
	}
}
