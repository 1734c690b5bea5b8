package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// actScorn are adjectives that, besides [scornAdjectives] and namingScorn,
// condemn an act whose doer a by-phrase names: "a disappointing and
// counterproductive move by the RIAA", "a misguided decision by Norway".
// Said of the act itself they judge its doer; alone ("the match was
// disappointing") they judge no one, so they stay out of scornAdjectives.
var actScorn = map[string]bool{
	"disappointing": true, "counterproductive": true, "misguided": true, "short-sighted": true,
	"shortsighted": true, "regrettable": true, "wrong": true, "dangerous": true, "unwise": true,
	"foolish": true, "heavy-handed": true, "provocative": true, "irrational": true,
}

// actPraise are adjectives that, besides [praiseAdjectives], honour an act
// whose doer a by-phrase names: "a welcome move by Norway", "a bold
// decision by the council".
var actPraise = map[string]bool{
	"welcome": true, "bold": true, "positive": true, "commendable": true, "laudable": true, "right": true,
	"sensible": true, "responsible": true, "historic": true,
}

// judgedActBy returns the act by which a speaker judges the doer of an act
// that a copula's complement names with its doer in a by- or from-phrase,
// folded into x's relation ("is a disappointing move by", "was a brave
// decision by"): criticize for an adjective of scorn, praise for one of
// praise, or "". The object is the doer; the subject is the act
// ("Demanding its removal", "This", "it"), whatever it is.
func judgedActBy(x schema.Extraction) string {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 4 || !beForms[w[0]] || x.Negated {
		return ""
	}
	if last := w[len(w)-1]; last != "by" && last != "from" {
		return ""
	}
	head := w[len(w)-2]
	if !actNouns[head] && head != "step" && head != "steps" {
		return ""
	}
	mods := w[1 : len(w)-2]
	if len(mods) > 0 && (mods[0] == "a" || mods[0] == "an" || mods[0] == "the" || mods[0] == "another") {
		mods = mods[1:]
	}
	scorn, praise := false, false
	for _, m := range mods {
		m = strings.Trim(m, ",\"'“”‘’")
		switch {
		case m == "and" || m == "but" || m == "" || strings.HasSuffix(m, "ly") || m == "very" || m == "so" || m == "most":
		case scornAdjectives[m] || namingScorn[m] || actScorn[m]:
			scorn = true
		case praiseAdjectives[m] || actPraise[m]:
			praise = true
		default:
			return "" // "was a major policy decision by", "is not a ..."
		}
	}
	switch {
	case scorn && !praise:
		return "criticize"
	case praise && !scorn:
		return "praise"
	}
	return ""
}

// doerJudged adds speaker —criticize/praise→ doer for x of sentence si when
// the speaker's words judge the doer's act by a copula ([judgedActBy]):
// '"Demanding its removal is a disappointing and counterproductive move by
// the RIAA," the foundation said', "Ann Lee said it was a brave decision by
// Tom Wu". It reports whether x is such a judgment.
func (d *docState) doerJudged(si int, s nlp.Sentence, x schema.Extraction, f *docFact) bool {
	lemma := judgedActBy(x)
	if lemma == "" {
		return false
	}
	doer := f.obj
	if doer == nil {
		// a copula's object is no party to it, so the fact keeps none:
		// the doer is the name after the relation's by or from
		doer = d.afterAgentWord(si, s, x)
	}
	if doer == nil || !actorEntity(doer) || strings.HasSuffix(strings.ToLower(x.Relation), " from") && isPlace(doer) && !d.r.country(doer) {
		return true // "a welcome move from Oslo": where from
	}
	speaker := d.reporter(si, s, x, f)
	if speaker == nil || speaker == doer || !actorEntity(speaker) || d.side(speaker, si) == doer ||
		slices.Contains(strings.Fields(strings.ToLower(x.Relation)), "not") {
		return true
	}
	d.derive(si, x.Subject, x.Relation, lemma, speaker, doer, "", x.Confidence*placeArgConf)
	return true
}

// afterAgentWord returns the actor named right after the by or from that
// ends x's relation, the article aside, or nil.
func (d *docState) afterAgentWord(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	first, _ := argTokens(s, x.Object)
	if first < 0 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.start <= first || m.ent == nil || m.adj {
			continue
		}
		k := m.start - 1
		if k > first && s.Tokens[k].Lower() == "the" {
			k--
		}
		if w := s.Tokens[k].Lower(); w == "by" || w == "from" {
			return m.ent
		}
		return nil
	}
	return nil
}
