package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// rallyVerbs hold or stage the rallies of [rallyNouns].
var rallyVerbs = map[string]bool{"hold": true, "stage": true, "host": true, "headline": true}

// rallyNouns name a campaign's public meeting held in a place.
var rallyNouns = map[string]bool{"rally": true, "rallies": true}

// rallyPreps introduce the places where rallies were held.
var rallyPreps = map[string]bool{"in": true, "at": true, "across": true, "throughout": true}

// rallyPlaces adds subj —hold_rally_in→ place for a verb of [rallyVerbs]
// whose object is a rally and whose extra arguments name the places, one
// fact per place listed: "Tom Wu held a rally in Ohio", "held his first
// indoor rally in two months, in Nevada", "holding rallies throughout such
// states as Ohio, Iowa and Utah" (the list after "such ... as"). A rally
// planned or denied is none; the caller checks that.
func (d *docState) rallyPlaces(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || !rallyVerbs[verb] || !rallyNouns[lastWord(strings.ToLower(x.Object.Text))] || noneOf(x.Object.Text) {
		return
	}
	such := false // the last place phrase was "such states"
	for _, a := range x.Extra {
		prep, rest, _ := strings.Cut(strings.ToLower(a.Text), " ")
		switch {
		case rallyPreps[prep]:
			such = strings.HasPrefix(rest, "such ")
			if such {
				continue
			}
		case prep == "as" && such:
		default:
			such = false
			continue
		}
		p, ok := phraseAfter(a, prep)
		if !ok {
			continue
		}
		var places []*docEntity
		for _, m := range d.listedIn(si, s, p) {
			places = append(places, m.ent)
		}
		if len(places) < 2 {
			places = nil
			if o, _, _ := d.argument(si, s, p); o != nil {
				places = []*docEntity{o}
			}
		}
		for _, o := range places {
			if o == f.subj || !isPlace(o) {
				continue
			}
			if g := d.derive(si, x.Subject, phraseWith(x.Relation, "rally", "in"), "hold_rally_in", f.subj, o, "", x.Confidence*placeArgConf); g != nil {
				g.Class = schema.CanonicalRelation("hold_rally_in")
			}
		}
	}
}
