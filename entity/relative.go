package entity

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// attitudeVerbs take a stance toward an actor's act: "criticised", "backed".
var attitudeVerbs = map[string]bool{
	"criticise": true, "criticize": true, "condemn": true, "oppose": true, "support": true, "praise": true,
	"back": true, "welcome": true, "reject": true, "denounce": true, "applaud": true, "endorse": true,
	"deny": true, "dismiss": true, "dispute": true, "respond": true, "label": true, "mock": true, "ridicule": true,
	"protest": true, "question": true, "challenge": true, "slam": true, "blast": true, "lambast": true,
	"decry": true, "hail": true, "laud": true, "commend": true, "object": true, "appreciate": true,
	"second": true,                // "seconded Tom Wu's motion": backed it
	"rebuff": true, "spurn": true, // "rebuffed Halvik's overtures": turned the bidder away
}

// policyNouns are acts that belong to whoever holds them: "a policy of
// turning away boats", "the decision to close the border".
var policyNouns = map[string]bool{
	"policy": true, "policies": true, "practice": true, "decision": true, "plan": true, "move": true,
	"ban": true, "law": true, "crackdown": true, "campaign": true, "strategy": true,
}

// policyStance: "Norway and Sweden have maintained a policy of
// turning away boats which, according to AFP, the United Nations and the
// United States have both criticised": the actors of an object relative
// clause whose verb takes a stance, and whose antecedent is a policy that
// other actors hold, take that stance toward those actors, one fact per
// pair. The extractor leaves the relative's object empty, and reads at
// most its last subject.
func (d *docState) policyStance(si int, s nlp.Sentence, exts []schema.Extraction) {
	toks := s.Tokens
	for _, x := range exts {
		verb, _, _ := strings.Cut(x.Lemma, "_")
		if !attitudeVerbs[verb] || x.Object.Text != "" || x.Negated {
			continue
		}
		v := -1 // the verb's token
		for i, t := range toks {
			if t.Start >= x.Subject.End && strings.HasPrefix(t.Tag, "VB") && strings.HasPrefix(t.Lower(), verb[:3]) {
				v = i
				break
			}
		}
		rel := -1 // the relative pronoun before the subjects
		for i := v - 1; i >= 0 && i > v-20; i-- {
			if w := toks[i].Lower(); w == "which" || w == "that" {
				rel = i
				break
			}
		}
		if v < 0 || rel < 1 {
			continue
		}
		policy := -1
		for i := rel - 1; i >= 0 && i >= rel-8; i-- {
			if policyNouns[toks[i].Lower()] {
				policy = i
				break
			}
		}
		if policy < 0 {
			continue
		}
		holders := map[*docEntity]bool{}
		for _, h := range exts {
			if h.Object.Start <= toks[policy].Start && toks[policy].End <= h.Object.End {
				if e, _, _ := d.argument(si, s, h.Subject); e != nil {
					holders[e] = true
				}
			}
		}
		var critics []*mention
		for _, m := range d.sents[si] {
			if m.start > rel && m.end <= v && named(m) && m.ent != nil && !m.adj && !attributed(toks, rel, m.start) {
				critics = append(critics, m)
			}
		}
		for _, c := range critics {
			for _, h := range sortedEntities(holders) {
				if h != c.ent {
					d.derive(si, argOf(s, c), x.Relation, schema.StatedRelation(x.Lemma), c.ent, h, "", x.Confidence*placeArgConf)
				}
			}
		}
	}
}

// attributed reports whether token k lies in an "according to" phrase
// that starts after token from: "which, according to AFP, the UN ...".
func attributed(toks []nlp.Token, from, k int) bool {
	for i := from + 1; i+1 < k; i++ {
		if strings.EqualFold(toks[i].Text, "according") && strings.EqualFold(toks[i+1].Text, "to") {
			for j := i + 2; j < k; j++ {
				if toks[j].Text == "," {
					return false // the phrase closed before k
				}
			}
			return true
		}
	}
	return false
}

// sortedEntities returns the entities of set in the order of their first
// mention, for deterministic output.
func sortedEntities(set map[*docEntity]bool) []*docEntity {
	out := make([]*docEntity, 0, len(set))
	for e := range set {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first.less(out[j].first) })
	return out
}
