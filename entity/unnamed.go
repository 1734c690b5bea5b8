package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// unnamedBetween reports whether a person the text does not name stands
// between e, the antecedent found for he or she m of sentence si, and m:
// "Tomasz Kubiak told AFP the male victim is in intensive care. Police
// believe him to be aged 25." takes up the victim, not Kubiak. The search
// runs from e's last mention before m, if e is a person named in m's
// sentence or the one before ("Tom Wu hit a man. Wu said he ..." is Wu),
// else from the start of the sentence before, to m. The person is "a",
// "an" or "the" and a singular noun of [unnamedNouns] or [personNouns]
// (but "person" and "individual", mostly anyone) whose sex, if it says
// one, agrees with m's, outside every mention of a person, as
// [docState.unnamedPerson] says; or an earlier he or she that took up
// such a person ("the male victim ... him ... him").
func (d *docState) unnamedBetween(si int, m *mention, e *docEntity) bool {
	if !gendered[m.pron] || strings.HasSuffix(m.pron, "self") {
		return false
	}
	sex := byte('m')
	if m.pron == "she" || m.pron == "her" || m.pron == "hers" {
		sex = 'f'
	}
	// The search starts after e's last mention before m, in si or si-1.
	fromSent, fromTok := si-1, 0
	if si == 0 {
		fromSent = 0
	}
	for s := si; s >= fromSent && s >= 0 && e != nil && e.typ == schema.Person; s-- {
		last := -1
		for _, c := range d.sents[s] {
			if s == si && c.start >= m.start {
				break
			}
			if c.ent == e {
				last = c.end
			}
		}
		if last >= 0 {
			fromSent, fromTok = s, last
			break
		}
	}
	for s := fromSent; s <= si; s++ {
		from, to := 0, len(d.input[s].Tokens)
		if s == fromSent {
			from = fromTok
		}
		if s == si {
			to = m.start
		}
		if d.unnamedPerson(s, from, to, sex, s == si && objectCase[m.pron], s < si, m.pron == "he" || m.pron == "she") {
			return true
		}
	}
	return false
}

// unnamedPerson reports whether tokens from to to of sentence si hold an
// unnamed person of sex sex (or of no sex said): one after no preposition
// of likeness ("as a suspect", "like a child"), in the sentence before
// after no preposition at all ("spoke to a man"), after no comma ("Tom
// Wu, a man from Leeds") or form of "be" ("He was a man of grace", but
// "there was a girl"), with no name after it ("the suspect, Tom Wu", "a
// man named Tom Wu") and, with "the", not written before ("the attacker"
// again may be the attacker named since). With object, to ends at an
// object pronoun, which is not the subject of its own clause ("Tom Wu
// said a man attacked him"); with before, the sentence is the one before
// the pronoun's, where the person is a subject, or a verb's object when
// subjectCase is false.
func (d *docState) unnamedPerson(si, from, to int, sex byte, object, before, subjectCase bool) bool {
	toks := d.input[si].Tokens
	for k := from; k < to; k++ {
		c := d.tokenMention(si, k)
		if c != nil && c.kind == mPronoun && c.unnamed && (c.pron == "she" || c.pron == "her") == (sex == 'f') {
			return true // "a man ... him ... he"
		}
		if c != nil && c.kind == mDesc && c.unnamed && c.start == k {
			if g, ok := personNouns[c.head]; ok && (g == 0 || g == sex) {
				return true // "a man ... the man ... he"
			}
		}
		w := toks[k].Lower()
		if w != "a" && w != "an" && w != "the" {
			continue
		}
		p := k - 1 // the word before, past quotation marks
		for p >= 0 && quoteMark(toks[p].Text) != 0 {
			p--
		}
		if p >= 0 && ((toks[p].Tag == "IN" || toks[p].Tag == "TO") && (before || likeness[toks[p].Lower()]) || toks[p].Text == ",") {
			continue // "spoke to a man", "Tom Wu, a man from Leeds"
		}
		if p > 0 && (toks[p].Tag == "NN" || toks[p].Tag == "NNS") && !strings.HasPrefix(toks[p-1].Tag, "VB") {
			continue // "the struggles a woman faces", not "told reporters the victim"
		}
		existential := p > 0 && strings.EqualFold(toks[p-1].Text, "there")
		if !existential && predicative(toks, p) {
			continue // "He was a man of grace", "was honest and a brilliant person"; not "there was a girl"
		}
		h := nounHead(toks, k+1)
		if h < 0 || h >= to || toks[h].Tag != "NN" {
			continue
		}
		noun := toks[h].Lower()
		g, plain := personNouns[noun] // "man", "lady": the sex they say
		if !unnamedNouns[noun] && !plain || noun == "person" || noun == "individual" || g != 0 && g != sex {
			continue // "Time credits an individual as having done the most"
		}
		if w == "the" && d.nounBefore(si, h) {
			continue // "Police reported the attacker exited the Hall. ... the attacker": Khan by now
		}
		if c := d.tokenMention(si, h); c != nil && c.ent != nil && c.ent.typ == schema.Person {
			continue // "the man" that took up Tom Wu
		}
		if before && !existential && !subjectAt(toks, h+1) && (subjectCase || k == 0 || !strings.HasPrefix(toks[k-1].Tag, "VB")) {
			// In the sentence before, a subject, or a verb's object
			// for an object or possessive: "Martin says the founders
			// feared procreating a baby who ... He claims".
			continue
		}
		if namesAfter(toks, h+1) || h+2 < len(toks) && toks[h+1].Text == "," && namesAfter(toks, h+2) || h+1 < len(toks) && toks[h+1].Tag == "POS" {
			continue // "the suspect Tom Wu", "a man named Tom Wu", "the victim's brother"
		}
		if object && sameClause(toks, h+1, to) {
			continue // "Tom Wu said a man attacked him": not the man
		}
		// "male" says the sex of a noun that does not.
		if g == 0 {
			if sx := sexWord(toks[k+1 : h]); sx != 0 && sx != sex {
				continue
			}
		}
		return true
	}
	return false
}

// unnamedNoun reports whether the sentences si-[unnamedReach]..si,
// before token at of si, call someone "a" or "an" and the person noun
// head ("a man", "a young man") with no name: not after a comma that
// follows a named person ("Tom Wu, a man from Leeds"), nor after a form of
// "be" ("Tom Wu was a man of grace"), nor before a name ("a man named Tom
// Wu", "a man, Tom Wu,").
func (d *docState) unnamedNoun(si, at int, head string) bool {
	for s := max(si-unnamedReach, 0); s <= si; s++ {
		toks := d.input[s].Tokens
		end := len(toks)
		if s == si {
			end = at
		}
		for k := 0; k+1 < end; k++ {
			if w := toks[k].Lower(); w != "a" && w != "an" {
				continue
			}
			h := k + 1
			for h < end && h < k+3 && strings.HasPrefix(toks[h].Tag, "JJ") {
				h++ // "a young man"
			}
			if h >= end || toks[h].Lower() != head || toks[h].Tag != "NN" {
				continue
			}
			if predicative(toks, k-1) && !(k > 0 && toks[k-1].Text == ",") {
				continue // "Tom Wu was a man of grace"
			}
			if k >= 2 && toks[k-1].Text == "," {
				if c := d.tokenMention(s, k-2); c != nil && c.ent != nil && c.ent.typ == schema.Person && c.kind != mPronoun {
					continue // "Tom Wu, a man from Leeds"
				}
			}
			if namesAfter(toks, h+1) || h+2 < len(toks) && toks[h+1].Text == "," && namesAfter(toks, h+2) {
				continue // "a man named Tom Wu", "a man, Tom Wu,"
			}
			return true
		}
	}
	return false
}

// tokenMention returns the mention of sentence si that holds token k, or nil.
func (d *docState) tokenMention(si, k int) *mention {
	if i := coveringAt(d.sents[si], k); i >= 0 {
		return d.sents[si][i]
	}
	return nil
}

// namesAfter reports whether token k of toks begins a name or a verb that
// gives one ("named", "called", "identified").
func namesAfter(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower() {
	case "named", "called", "identified", "nicknamed", "known":
		return true
	}
	return toks[k].Tag == "NNP"
}

// sexWord returns the sex an adjective of toks says ("male", "female"),
// or 0.
func sexWord(toks []nlp.Token) byte {
	for _, t := range toks {
		switch t.Lower() {
		case "male":
			return 'm'
		case "female":
			return 'f'
		}
	}
	return 0
}

// subjectAt reports whether a verb or modal begins at token k of toks,
// past adverbs: the noun before it is a subject ("the male victim is in
// intensive care").
func subjectAt(toks []nlp.Token, k int) bool {
	for k < len(toks) && strings.HasPrefix(toks[k].Tag, "RB") {
		k++
	}
	return k < len(toks) && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD")
}

// predicative reports whether toks[p], the word before a noun phrase,
// ends a form of "be" or a copula and the adjectives, adverbs and
// conjunctions coordinated after it: the phrase says what the subject
// is ("He was a man of grace", "Luk was very honest, hardworking and a
// brilliant person").
func predicative(toks []nlp.Token, p int) bool {
	for ; p >= 0; p-- {
		t := toks[p]
		w := t.Lower()
		if beForms[w] || copulas[w] || w == "becoming" || w == "become" {
			return true
		}
		if !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "RB") && t.Tag != "CC" && t.Text != "," {
			return false
		}
	}
	return false
}

// nounBefore reports whether the noun at token h of sentence si was
// written before in the document: a definite description used again
// may take up a person named since.
func (d *docState) nounBefore(si, h int) bool {
	w := d.input[si].Tokens[h].Lower()
	for s := 0; s <= si; s++ {
		toks := d.input[s].Tokens
		end := len(toks)
		if s == si {
			end = h
		}
		for _, t := range toks[:end] {
			if t.Tag == "NN" && t.Lower() == w {
				return true
			}
		}
	}
	return false
}

// likeness are the prepositions whose noun says what someone is like
// ("as a suspect", "like a child").
var likeness = map[string]bool{"as": true, "like": true, "than": true, "of": true, "unlike": true}

// unnamedReach is how many sentences back [docState.unnamedNoun] looks
// for "a man" or "a woman" that "the man" or "the woman" takes up: a
// report comes back to the man it arrested after the officials' words
// ("Police arrested a 34-year-old man ... [five sentences] ... The man
// will appear in court"). Twelve took "the boy" from a named one on
// realnews dev.
const unnamedReach = 6
