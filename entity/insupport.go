package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// stanceAdjuncts are the nouns of a phrase "in NOUN PREP" an act is done
// in, which name the doer's stance toward the actor after PREP: "flies
// fighters to Syria in support of Bashar al-Assad", "marched in
// solidarity with Tom Wu", "voted in opposition to Ann Lee".
var stanceAdjuncts = map[string]struct{ prep, lemma string }{
	"support":    {"of", "support"},
	"solidarity": {"with", "support"},
	"opposition": {"to", "oppose"},
}

// stanceAdjunctFacts adds subj —support→ actor (or oppose) for an act x
// done "in support of" the actor, an argument besides the object ("sent
// troops to Mali in support of the Malian government") or the object of
// a verb the extractor joined with "in" ("spoke in | support of Tom Wu").
// Each member of a list after the preposition is an actor so supported.
// A stance toward a thing of the actor's ("in support of Tom Wu's bid")
// is no stance toward the actor.
func (d *docState) stanceAdjunctFacts(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || x.Negated {
		return
	}
	args := []schema.Argument{}
	for _, a := range x.Extra {
		if p, ok := phraseAfter(a, "in"); ok {
			args = append(args, p)
		}
	}
	var wArr [16]string
	if w := lowerFields(wArr[:0], x.Relation); len(w) >= 2 && w[len(w)-1] == "in" {
		args = append(args, x.Object)
	}
	toks := s.Tokens
	for _, a := range args {
		first, last := argTokens(s, a)
		if first < 0 || first+2 >= last {
			continue
		}
		st, ok := stanceAdjuncts[toks[first].Lower()]
		if !ok || !strings.HasPrefix(toks[first].Tag, "NN") || toks[first+1].Lower() != st.prep {
			continue
		}
		rest := schema.Argument{Text: s.Text[toks[first+2].Start:toks[last-1].End], Start: toks[first+2].Start, End: toks[last-1].End}
		o, conf, _ := d.argument(si, s, rest)
		if o == nil || o == subj || !actorEntity(o) || !d.wholeActor(si, s, rest) {
			continue
		}
		for _, e := range d.listedEnts(si, s, rest, o) {
			if e == subj {
				continue
			}
			if f := d.derive(si, x.Subject, phraseWith(x.Relation, "in", toks[first].Lower(), st.prep), st.lemma, subj, e, "", x.Confidence*conf); f != nil {
				f.Class = schema.CanonicalRelation(st.lemma)
			}
		}
	}
}

// wholeActor reports whether argument a of sentence si is an actor's
// mention alone, or a list of them, up to its end or a comma: "the
// Malian government", "Sweden and Finland", not "Tom Wu's bid" or "the
// bill Ann Lee wrote".
func (d *docState) wholeActor(si int, s nlp.Sentence, a schema.Argument) bool {
	first, last := argTokens(s, a)
	if first < 0 {
		return false
	}
	toks := s.Tokens
	k := first
	for k < last {
		if toks[k].Lower() == "the" {
			k++
		}
		var m *mention
		for _, c := range d.sents[si] {
			if c.start == k && c.ent != nil && !c.adj && (m == nil || c.end > m.end) {
				m = c
			}
		}
		if m == nil || m.end > last {
			return false
		}
		k = m.end
		if k == last || toks[k].Text == "," && k+1 < last && !strings.EqualFold(toks[k+1].Text, "and") && !d.mentionStarts(si, k+1) {
			return true // "in support of Tom Wu, who", "of Tom Wu, saying"
		}
		switch {
		case toks[k].Text == "and" || toks[k].Text == ",":
			k++
			if k < last && toks[k].Text == "and" {
				k++
			}
		default:
			return false
		}
	}
	return false
}

// mentionStarts reports whether a mention of an entity opens at token k of
// sentence si (after "the").
func (d *docState) mentionStarts(si, k int) bool {
	toks := d.input[si].Tokens
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	for _, c := range d.sents[si] {
		if c.start == k && c.ent != nil && !c.adj {
			return true
		}
	}
	return false
}

// stanceAdjunctLemma returns the stance of an extractor lemma that folds
// a verb and a phrase of [stanceAdjuncts] into one ("voted in opposition
// to" vote_in_opposition_to: oppose, "marched in solidarity with":
// support), or "".
func stanceAdjunctLemma(lemma string) string {
	var wArr [8]string
	w := splitLemma(wArr[:0], lemma)
	if n := len(w); n >= 4 && w[n-3] == "in" {
		if st, ok := stanceAdjuncts[w[n-2]]; ok && st.prep == w[n-1] {
			return st.lemma
		}
	}
	return ""
}

// mannerNouns head a phrase "in NOUN" that says how an act was done, which
// the extractor may read as the object of a verb with "in": "was married
// in turn to", "met in person with", "worked in tandem with".
var mannerNouns = map[string]bool{
	"turn": true, "succession": true, "person": true, "tandem": true, "concert": true, "secret": true,
	"private": true, "public": true, "earnest": true, "partnership": true, "cooperation": true, "collaboration": true,
}
