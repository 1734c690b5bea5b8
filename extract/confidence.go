package extract

import "math"

// Features of a clause that the confidence model weighs.
const (
	fBias = iota
	fRelative
	fShared
	fInherited
	fReduced
	fApposed
	fTitled
	fLocated
	fPossessor
	fNoObject
	fThatObject
	fSubjectLen
	fObjectLen
	fExtras
	fPronoun
	fInfinitive
	fGerund
	fParticiple
	fPassive
	fCopula
	fRelationLen
	fSentenceLen
	fSplit
	fAttributed
	fPrepInRelation
	fNegated
	fProperSubject
	nFeatures
)

// features describes clause c for the confidence model.
func (a *analysis) features(c *clause) [nFeatures]float64 {
	var f [nFeatures]float64
	f[fBias] = 1
	switch c.from {
	case relative:
		f[fRelative] = 1
	case shared:
		f[fShared] = 1
	case inherited:
		f[fInherited] = 1
	case reduced:
		f[fReduced] = 1
	case apposed:
		f[fApposed] = 1
	case titled:
		f[fTitled] = 1
	case located:
		f[fLocated] = 1
	case possessor:
		f[fPossessor] = 1
	}
	if c.obj.empty() {
		f[fNoObject] = 1
	}
	if c.thatAt >= 0 {
		f[fThatObject] = 1
	}
	f[fSubjectLen] = math.Log1p(float64(c.subj.j - c.subj.i))
	f[fObjectLen] = math.Log1p(float64(c.obj.j - c.obj.i))
	f[fExtras] = float64(len(c.extras))
	if c.subj.j-c.subj.i == 1 && a.tags[c.subj.i] == "PRP" {
		f[fPronoun] = 1
	}
	if c.vg >= 0 {
		v := a.ch[c.vg]
		switch v.form {
		case infinitive:
			f[fInfinitive] = 1
		case gerund:
			f[fGerund] = 1
		case participle:
			f[fParticiple] = 1
		}
		if v.passive {
			f[fPassive] = 1
		}
		if v.copula {
			f[fCopula] = 1
		}
		if v.neg {
			f[fNegated] = 1
		}
		f[fRelationLen] = float64(c.rel.j - c.rel.i)
		if c.rel.j > c.rel.i && (a.tags[c.rel.j-1] == "IN" || a.tags[c.rel.j-1] == "TO") {
			f[fPrepInRelation] = 1
		}
	}
	f[fSentenceLen] = math.Log1p(float64(len(a.toks)))
	if len(c.subjs) > 1 || len(c.objs) > 1 {
		f[fSplit] = 1
	}
	if !c.attribution.empty() {
		f[fAttributed] = 1
	}
	if !c.subj.empty() && isNoun(a.tags[c.subj.j-1]) && a.tags[c.subj.j-1][len(a.tags[c.subj.j-1])-1] == 'P' {
		f[fProperSubject] = 1
	}
	return f
}

// confidence grades an extraction by how its parts were found: a logistic
// model over the clause's features.
func (a *analysis) confidence(c *clause) float64 {
	f := a.features(c)
	z := 0.0
	for i, w := range a.x.weights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// confidenceWeights returns the weights of the confidence model, one per
// feature. They were fitted by coordinate search for the best CaRB F1 plus
// AUC on the even-numbered sentences of CaRB's dev split, and checked on
// the odd-numbered ones.
func confidenceWeights() [nFeatures]float64 {
	var w [nFeatures]float64
	w[fBias] = 6.75
	w[fRelative] = -0.85
	w[fShared] = 0.1
	w[fInherited] = -1.05
	w[fReduced] = -1.7
	w[fApposed] = -1.9
	w[fTitled] = -2.3
	w[fLocated] = -3.5
	w[fPossessor] = -4
	w[fNoObject] = -1.8
	w[fThatObject] = 0.6
	w[fSubjectLen] = -0.3
	w[fObjectLen] = -0.1
	w[fPronoun] = -0.1
	w[fInfinitive] = -1.1
	w[fGerund] = -0.5
	w[fPassive] = 0.75
	w[fCopula] = -1
	w[fSentenceLen] = -1
	w[fAttributed] = -1.15
	w[fPrepInRelation] = -0.1
	w[fNegated] = 0.25
	w[fProperSubject] = 0.1
	return w
}
