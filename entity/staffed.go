package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// staffVerbs put their object into a body's post, or take it away: the
// body that hires or sacks its "coach Tom Wu" is the one he holds the post
// in.
var staffVerbs = map[string]bool{
	"fire": true, "sack": true, "dismiss": true, "oust": true, "appoint": true, "hire": true, "name": true,
	"unveil": true, "suspend": true,
}

// staffedObject adds the post that the bare role noun before the object's
// name gives the person whom a club, a company or a state hires or sacks:
// "Sweden have sacked coach Tom Wu" (Tom Wu led Sweden's side), "Halvik
// United appointed manager Ann Lee" (work_for). The nouns must stand
// right after the verb, no body's name or possessive beside them
// ("sacked Norway coach Tom Wu" is read from the title), and the verb
// must be active and stated: "was sacked" or "plans to sack" gives no
// post here.
func (d *docState) staffedObject(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !staffVerbs[verb] || x.Negated || passiveIn(x.Relation) || wishedRole(x.Relation) || si >= len(d.sents) ||
		f.subj == nil || f.subj.typ != schema.Organization && f.subj.typ != schema.GPE {
		return
	}
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return
	}
	toks := s.Tokens
	for _, m := range d.sents[si] {
		if m.start < first || m.start >= last || m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.ent == f.subj {
			continue
		}
		// The lower-case nouns between the verb and the name: "sacked
		// coach Tom Wu", "have sacked boss Ann Lee".
		k := m.start
		for k > 0 && !isCap(toks[k-1].Text) && (strings.HasPrefix(toks[k-1].Tag, "NN") || strings.HasPrefix(toks[k-1].Tag, "JJ") || roleNoun(toks[k-1].Lower())) {
			k--
		}
		if k == 0 || k == m.start || !strings.HasPrefix(toks[k-1].Tag, "VB") {
			return // "its coach", "Norway coach", "the former coach": not a bare noun
		}
		var words []string
		for _, t := range toks[k:m.start] {
			words = append(words, t.Lower())
		}
		if len(words) == 0 || !roleNoun(words[len(words)-1]) {
			return
		}
		lemma := appositionLemma(words)
		if lemma == "" || lemma == schema.MemberOf {
			lemma = schema.WorkFor
		}
		d.derive(si, x.Object, x.Relation, lemma, m.ent, f.subj, "", x.Confidence*placeArgConf)
		return
	}
}
