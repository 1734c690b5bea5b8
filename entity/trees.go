package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// treeFacts adds the facts that the dependency parse states between two
// actors of a sentence that no fact of the sentence links yet, in either
// direction ([Options.Trees]): "With Wikinews, Ann Lee discussed her
// campaign" (discuss_with) read off the tree where the chunk rules missed
// it. Only such sentences are parsed. A question, a sentence that sets a
// condition, an act a modal or an intention leaves undone ([intention]),
// a possessor ("Lee's lawyer spoke to Wu"), a site or a platform ("wrote
// to Twitter") give none. The facts keep the reader's confidence
// (extract.LinkConfidence, 0.1), by which they can be told from the
// rules' facts. A role the parse states between a person and a body
// ("Ann Lee, lead guitarist of US band Halvik,", "the Lund mayor, Ann
// Lee") gives the relation its noun gives ([docState.treeRole]); there
// the body may be a possessor ("Globex's chief executive, Ann Lee").
func (d *docState) treeFacts(sents []nlp.Sentence) {
	if d.r.trees == nil {
		return
	}
	type pair struct{ a, b *docEntity }
	linked := map[pair]bool{}
	for si, s := range sents {
		if si >= len(d.sents) || question(s.Tokens) || conditioned(s.Tokens) {
			continue
		}
		ms := treeMentions(d.sents[si])
		if len(ms) < 2 {
			continue
		}
		clear(linked)
		for _, f := range d.facts {
			if f.Sentence == si && f.subj != nil && f.obj != nil {
				linked[pair{f.subj, f.obj}], linked[pair{f.obj, f.subj}] = true, true
			}
		}
		open := false
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				if a.ent != b.ent && !linked[pair{a.ent, b.ent}] {
					open = true
				}
			}
		}
		if !open {
			continue
		}
		spans := make([][2]int, len(ms))
		for i, m := range ms {
			spans[i] = [2]int{m.start, m.end}
		}
		for _, x := range d.r.trees.Links(s, spans) {
			a, b := mentionAt(s, ms, x.Subject), mentionAt(s, ms, x.Object)
			if a == nil || b == nil || a.ent == b.ent || linked[pair{a.ent, b.ent}] ||
				platform(b.ent) || site(a.ent) || site(b.ent) || a.possessive || gerundObject(s.Tokens, b.start) {
				continue
			}
			if x.Lemma == "" {
				var swap bool
				if x.Lemma, swap = d.treeRole(s, x, a, b); x.Lemma == "" || personBetween(d.sents[si], a, b) ||
					listApposition(s.Tokens, ms, a, b) || listApposition(s.Tokens, ms, b, a) {
					continue
				}
				x.Extra = nil // the role's words, which the relation says
				if swap {
					a, b, x.Subject, x.Object = b, a, x.Object, x.Subject
				}
			} else if d.intended(s, x) || b.possessive || d.subjectTaken(si, s, x, a) {
				continue
			}
			linked[pair{a.ent, b.ent}], linked[pair{b.ent, a.ent}] = true, true
			f := &docFact{subj: a.ent, obj: b.ent}
			f.Extraction = x
			f.Class = schema.CanonicalRelation(x.Lemma)
			f.Lemma = schema.StatedRelation(x.Lemma)
			f.Sentence = si
			d.facts = append(d.facts, f)
		}
	}
}

// gerundObject reports whether the mention at token k is the object of a
// gerund of an act after a preposition ("with attacking Ann Lee", "of
// conspiring with Ann Lee"): the gerund's, which [docState.gerundAdjunct]
// reads, though the parse may hang the name on the verb before ("charged
// Tom Wu, 45, with attacking Ann Lee" is no charge of Ann Lee).
func gerundObject(toks []nlp.Token, k int) bool {
	g := k - 1
	if g >= 1 && toks[g].Tag == "IN" && prepGerundAct(toks, g-1) != "" {
		g-- // "with conspiring with Ann Lee"
	}
	return g >= 1 && g < len(toks) && toks[g].Tag == "VBG" && (gerundActs[toks[g].Lower()] != "" || prepGerundAct(toks, g) != "") && toks[g-1].Tag == "IN"
}

// personBetween reports whether a person's name of ms stands between
// mention a and a later mention b: "Tom Wu and Ann Lee, Governor of the
// Bank of Norland," where the parse hangs the apposition on the list's
// first name, whose role it is not.
func personBetween(ms []*mention, a, b *mention) bool {
	for _, m := range ms {
		if m.start >= a.end && m.end <= b.start && m.ent != nil && m.ent != a.ent && m.ent.typ == schema.Person && named(m) {
			return true
		}
	}
	return false
}

// treeMentions returns the mentions of ms that name an actor in their own
// words, outermost first where two overlap: no place without a
// government (a river, a road, a sea), no state named by its
// adjective, no office without its holder, no reflexive pronoun ("set
// himself on fire").
func treeMentions(ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.ent == nil || !actorEntity(m.ent) || m.ent.typ == schema.Location || m.adj || m.role || m.drop || m.start >= m.end || strings.HasSuffix(m.pron, "self") || strings.HasSuffix(m.pron, "selves") {
			continue
		}
		inside := false
		for _, o := range ms {
			if o != m && o.ent != nil && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// mentionAt returns the mention of ms whose words argument a covers
// exactly, or nil.
func mentionAt(s nlp.Sentence, ms []*mention, a schema.Argument) *mention {
	for _, m := range ms {
		if m.end <= len(s.Tokens) && s.Tokens[m.start].Start == a.Start && s.Tokens[m.end-1].End == a.End {
			return m
		}
	}
	return nil
}

// treeRole returns the relation that the role phrase of x (a noun, the
// words before it that modify it and a preposition, as
// [extract.Extractor.Links] gives it) states between the person of
// mention a and the body of mention b, or "": lead, member_of or work_for
// by the role nouns as the apposition rules read them
// ([appositionLemma]); of a state only its head or staff ("the mayor of
// Oslo"; "a student of Norway" says no more); of a person only the staff
// ("a lawyer for Ann Lee"). The body may be named by a description ("of
// US rock band Halvik", "at the university"), not by a pronoun. A noun
// of kin or office that b possesses or is of ("her first husband,
// musician Tom Wu", [personalNoun]) gives its relation between the two
// people, b possibly a pronoun; swap says the relation runs from b to a.
func (d *docState) treeRole(s nlp.Sentence, x schema.Extraction, a, b *mention) (lemma string, swap bool) {
	w := presentRoles(strings.Fields(x.Relation))
	if len(w) == 0 || a.ent.typ != schema.Person || b.kind == mGroupRef || b.adj {
		return "", false
	}
	// The body after the noun and a preposition, or before the noun
	// ("the Halvik chief"), where it reads as "of".
	prep, words := "of", w
	before := len(x.Extra) == 1 && x.Object.End <= x.Extra[0].Start
	if !before {
		if len(w) < 2 {
			return "", false
		}
		prep, words = w[len(w)-1], w[:len(w)-1]
	}
	noun := words[len(words)-1]
	if b.ent.typ == schema.Person && prep == "of" && a.kind != mPronoun { // not "I'm his nephew"
		if n := len(words); n > 1 && noun == "mate" && words[n-2] == "running" {
			return "running_mate_of", false // "his running mate, historian Tom Wu"
		}
		if r, ok := personalNoun(noun); ok && (b.kind != mPronoun || d.namedBefore(b, a.ent) || successionNouns[noun].lemma == "") {
			return r.lemma, !r.reverse // "her first husband, musician Tom Wu": she is married to him
		}
	}
	if b.kind == mPronoun {
		return "", false
	}
	if b.possessive && !before {
		return "", false // "director of Intel's photonics lab": a part's head or staff
	}
	switch {
	case prep == "to" && adviserNouns[noun]:
		prep = "for" // "an adviser to Halvik Motors"; not "ambassador to"
	case prep == "in" && b.ent.typ == schema.Organization && roleNoun(noun):
		prep = "of" // "a senior official in the Harbor Party"
	case prep == "to" && delegateNouns[noun] && b.ent.typ == schema.Organization:
		prep = "of" // "a delegate to the Norvik Parliament" sits in it; a delegate to a state is an envoy
	}
	if prep != "of" && prep != "at" && prep != "for" && prep != "from" {
		return "", false
	}
	switch b.ent.typ {
	case schema.Person:
		if n := len(words); prep == "for" && (staffNounsOfPerson[noun] || n >= 2 && words[n-2] == "campaign" && noun == "manager") {
			return schema.WorkFor, false // "was campaign manager for Ann Lee", as [docState.staffFor] reads "served as"
		}
		return "", false
	case schema.Organization, schema.Group:
		r := appositionLemma(words)
		if r == "" && pressRole(noun, prep, b.ent) {
			r = schema.WorkFor
		}
		if r == schema.Lead && !before && partAfter(s.Tokens, b.end) && !governingAfter(s.Tokens, b.end) {
			r = schema.WorkFor // "director of Intel's photonics lab" heads a part
		}
		return rankRole(r, noun, b.ent), false
	case schema.GPE:
		country := d.r.country(b.ent)
		if prep != "of" || !country && b.ent.gaz == nil {
			return "", false
		}
		r := appositionLemma(words)
		if r == schema.Lead && !country && !localHeads[noun] && !headOfGovernment(words, len(words)-1) && !headOfStaff(words, len(words)-1) {
			r = schema.WorkFor // "the police chief of Oslo" serves the city
		}
		if r == schema.WorkFor && before && !stateStaffNouns[noun] && !benchNounsOfState[noun] {
			return "", false // "a Toronto lawyer" works there, not for the city
		}
		if r != schema.Lead && r != schema.WorkFor {
			return "", false
		}
		return r, false
	}
	return "", false
}

// subjectTaken reports whether a rule's fact of sentence si with x's act
// has read the subject phrase that holds mention a as another actor: "A
// local government official, Tom Wu, told Reuters" is Tom Wu's telling,
// which the parse must not give the government the phrase names.
func (d *docState) subjectTaken(si int, s nlp.Sentence, x schema.Extraction, a *mention) bool {
	if a.start < 0 || a.end > len(s.Tokens) || a.end <= a.start {
		return false
	}
	from, to := s.Tokens[a.start].Start, s.Tokens[a.end-1].End
	for _, f := range d.facts {
		if f.Sentence == si && f.subj != nil && f.subj != a.ent && f.Lemma == x.Lemma &&
			f.Extraction.Subject.Start <= from && to <= f.Extraction.Subject.End {
			return true
		}
	}
	return false
}
