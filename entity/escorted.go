package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// escortVerbs are the verbs whose passive participle after a traveller's
// destination says who came with the traveller: "arrived in Oslo
// accompanied by Ann Lee", "landed in Lima escorted by two jets".
var escortVerbs = map[string]bool{"accompany": true, "escort": true, "flank": true}

// escortedTraveller returns the actor that travelled to the place that x,
// a passive of [escortVerbs], has as its subject, and the confidence: the
// subject of the reading of sentence si whose verb of [travelVerbs] goes
// to that place ("Tom Wu
// arrived at State House accompanied by his wife"). A place, or a
// building, is not accompanied; the participle after it tells of the
// traveller. It returns nil when x is no such passive, or no reading of
// the sentence travels to x's subject.
func (d *docState) escortedTraveller(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, float64) {
	verb, ok := passiveBy(x)
	if !ok || !escortVerbs[verb] || x.Subject.Text == "" {
		return nil, 0
	}
	for _, y := range d.xs {
		v, _, _ := strings.Cut(y.Lemma, "_")
		if !travelVerbs[v] || y.Object.Start != x.Subject.Start || y.Object.End != x.Subject.End || y.Subject.Start >= x.Subject.Start {
			continue
		}
		if t, c, _ := d.argument(si, s, y.Subject); t != nil && (t.typ == schema.Person || t.typ == schema.Organization || t.typ == schema.Group) {
			return t, min(c, y.Confidence)
		}
	}
	return nil, 0
}
