package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// passiveAgent returns the agent of a passive whose relation ends with a
// participle and a preposition and whose by-phrase names an actor: in "the
// paintings donated to Yale University by the Ford Foundation" and "The
// letter was sent to Tony Blair by Michael Howard" the foundation and
// Howard act, toward the preposition's object. It adds agent —VERB_PREP→
// obj and returns the agent, or returns nil when x is no such passive.
func (d *docState) passiveAgent(si int, s nlp.Sentence, x schema.Extraction, obj *docEntity) *docEntity {
	verb, prep, ok := strings.Cut(x.Lemma, "_")
	if !ok || obj == nil || x.Negated || !actorPreps[prep] || strings.Contains(prep, "_") || verb == "be" {
		return nil
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	if len(w) < 2 || w[len(w)-1] != prep {
		return nil
	}
	if p := w[len(w)-2]; !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "en") && !irregularParticiples[p] {
		return nil
	}
	for _, a := range x.Extra {
		if !strings.HasPrefix(strings.ToLower(a.Text), "by ") || a.Start < x.Object.End {
			continue
		}
		agent, conf, _ := d.argument(si, s, a)
		if agent == nil || agent == obj || isPlace(agent) {
			continue
		}
		if f := d.derive(si, a, x.Relation, schema.StatedRelation(x.Lemma), agent, obj, "", x.Confidence*conf*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(x.Lemma)
		}
		return agent
	}
	return nil
}

// officeNouns are the posts a person resigns or leaves within a body.
var officeNouns = map[string]bool{
	"leadership": true, "post": true, "position": true, "seat": true, "role": true, "chairmanship": true,
	"membership": true, "presidency": true, "job": true, "office": true, "chair": true, "place": true,
}

// possessiveDeterminers are the pronouns that say whose post it is.
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "its": true, "their": true, "my": true, "our": true}

// quitVerbs give up a post.
var quitVerbs = map[string]bool{"resign": true, "quit": true, "leave": true, "relinquish": true, "vacate": true}

// resignedOffice adds subj —resign_from→ body when x gives up a post the
// subject held in a body ("resigned from his leadership in his party",
// "quit her seat on the Harbor Council"): the object is a possessive and
// an office noun, the body an organisation in the first in-, on- or
// of-phrase. It reports whether it added the fact.
func (d *docState) resignedOffice(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !quitVerbs[verb] || x.Negated || len(x.Extra) == 0 {
		return false
	}
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) != 2 || !possessiveDeterminers[w[0]] || !officeNouns[w[1]] {
		return false
	}
	a := x.Extra[0]
	if prep, _, _ := strings.Cut(strings.ToLower(a.Text), " "); prep != "in" && prep != "on" && prep != "of" {
		return false
	}
	body, conf, _ := d.argument(si, s, a)
	if body == nil || body == subj || body.typ != schema.Organization {
		return false
	}
	d.derive(si, x.Subject, x.Relation, "resign_from", subj, body, "", x.Confidence*conf*placeArgConf)
	return true
}

// requestNouns ask something of the one who grants or refuses them.
var requestNouns = map[string]bool{
	"request": true, "requests": true, "demand": true, "demands": true, "appeal": true, "appeals": true, "plea": true, "pleas": true,
}

// answerVerbs grant or refuse a request.
var answerVerbs = map[string]bool{
	"comply_with": true, "accept": true, "grant": true, "reject": true, "refuse": true, "heed": true,
	"ignore": true, "agree_to": true, "respond_to": true, "meet": true, "turn_down": true,
}

// requestedOf adds possessor —ask→ subj when subj answers a possessor's
// request: "YouTube complied with the church's requests to remove the
// video" (the church asked YouTube).
func (d *docState) requestedOf(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || !answerVerbs[x.Lemma] {
		return
	}
	var toks []nlp.Token
	for _, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			toks = append(toks, t)
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag != "POS" || !requestNouns[strings.ToLower(toks[i+1].Text)] {
			continue
		}
		a := schema.Argument{Text: s.Text[toks[0].Start:toks[i-1].End], Start: toks[0].Start, End: toks[i-1].End}
		o, conf, _ := d.argument(si, s, a)
		if o != nil && o != subj && actorEntity(o) {
			d.derive(si, a, toks[i+1].Text, "ask", o, subj, "", x.Confidence*conf*placeArgConf)
		}
		return
	}
}
