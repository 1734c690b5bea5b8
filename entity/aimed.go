package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// aimingParticiples map a participle that names, after what a verb of
// [projectileVerbs] fired, whom it was aimed at to its relation: "fired
// rockets targeting Israel" (target), "launched missiles aimed at US
// troops" (aim_at).
var aimingParticiples = map[string]string{
	"targeting": "target", "targetting": "target", "aimed at": "aim_at", "directed at": "direct_at",
}

// aimedInObject returns the target of a firing whose object holds what
// was fired and the participle of aiming ("launched missiles targeting
// Swedish troops", read as one object), with the participle's relation;
// ok is false when x is no firing or its object no such phrase.
func aimedInObject(x schema.Extraction) (target schema.Argument, lemma string, ok bool) {
	if verb, _, _ := strings.Cut(x.Lemma, "_"); !projectileVerbs[verb] {
		return schema.Argument{}, "", false
	}
	low := strings.ToLower(x.Object.Text)
	at, k := -1, 0
	for p, l := range aimingParticiples {
		if i := strings.Index(low, " "+p+" "); i > 0 && (at < 0 || i < at) {
			at, k, lemma = i, i+len(p)+2, l // the first participle
		}
	}
	if at < 0 {
		return schema.Argument{}, "", false
	}
	return schema.Argument{Text: x.Object.Text[k:], Start: x.Object.Start + k, End: x.Object.End}, lemma, true
}

// aimedTargets adds subj —LEMMA→ target for a firing in sentence si
// ([projectileVerbs]: "Iran launched missiles") and the participle of
// aiming ([aimingParticiples]) that follows what was fired: read as
// another extraction whose subject is the fired thing ("missiles targeting
// US troops"), or inside the firing's object. The projectile is no actor,
// so neither reading relates the two.
func (d *docState) aimedTargets(si int, s nlp.Sentence, xs []schema.Extraction) {
	for _, y := range xs {
		verb, _, _ := strings.Cut(y.Lemma, "_")
		if y.Negated || !projectileVerbs[verb] {
			continue
		}
		if target, lemma, ok := aimedInObject(y); ok {
			d.aimedAt(si, s, y, target, y.Object.Text, lemma)
			continue
		}
		for _, x := range xs {
			lemma := aimingParticiples[strings.ToLower(x.Relation)]
			if lemma != "" && !x.Negated && y.Object.Start == x.Subject.Start && y.Object.End == x.Subject.End {
				d.aimedAt(si, s, y, x.Object, y.Object.Text+" "+x.Relation, lemma)
			}
		}
	}
}

// aimedAt adds the subject of firing y —lemma→ the actor of target, when
// both are actors and the target no sea ("a missile aimed at the Sea of
// Japan").
func (d *docState) aimedAt(si int, s nlp.Sentence, y schema.Extraction, target schema.Argument, fired, lemma string) {
	subj, _, _ := d.argument(si, s, y.Subject)
	obj, conf, _ := d.argument(si, s, target)
	if subj == nil || obj == nil || subj == obj || !actorEntity(subj) || !actorEntity(obj) || obj.typ == schema.Location {
		return
	}
	if f := d.derive(si, y.Subject, y.Relation+" "+fired, schema.StatedRelation(lemma), subj, obj, "", y.Confidence*conf*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(lemma)
	}
}
