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
