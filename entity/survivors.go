package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// survivors: "Tom Wu is survived by wife Ann and daughters, Mia and Ida",
// "He was survived by his wife Ann Wu, their two sons Bo and Li, and a
// sister, Eva Berg": an obituary's list of survivors names the dead
// person's family. Each name that follows a family noun of the list
// ([kinNouns]), alone or after a comma, and each name listed right after
// it ("Mia and Ida", "Mia, Ida, and Eva") is kin of the person before "is
// survived by" as the noun says, whatever possessive the noun has: "their
// sons" are the dead person's too. A name after "with" and before a comma
// right after a child noun is the children's other parent ("two sons with
// Tom Wu, Bo and Li": Tom Wu is their parent too); a name after any other
// word ends the kin noun's reach. The subject may be a pronoun
// resolved to a named person, or
// failing that the "his" or "her" right after "by".
func (d *docState) survivors(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	by := -1
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Lower() == "survived" && toks[k+1].Lower() == "by" {
			by = k + 1
			break
		}
	}
	if by < 0 {
		return
	}
	aux := by - 2
	if toks[aux].Tag == "RB" && aux > 0 {
		aux-- // "is also survived by"
	}
	if w := toks[aux].Lower(); w != "is" && w != "was" {
		return
	}
	var dead *mention
	for _, m := range ms {
		if m.end == aux && m.ent != nil && m.ent.typ == schema.Person && !m.possessive {
			dead = m
		}
	}
	if dead == nil {
		// "Imus is survived by his wife": where the subject's name went
		// unread, "his" or "her" right after "by" is the dead person.
		if m := mentionAtToken(ms, by+1); m != nil && m.possessive && m.ent != nil && m.ent.typ == schema.Person &&
			(toks[by+1].Lower() == "his" || toks[by+1].Lower() == "her") {
			dead = m
		}
	}
	if dead == nil {
		return
	}
	var kin role
	noun := ""
	var other *mention  // the other parent of the children listed: "two sons with Tom Wu, Bo and Li"
	var spouse *mention // the spouse listed, whose are "their" children
	next := by + 1      // where the next name of the current kin noun's list may start
	for k := by + 1; k < len(toks); k++ {
		w := toks[k].Lower()
		if w == ";" || w == "." {
			return
		}
		if r, ok := kinNouns.get(w); ok && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
			kin, noun, next, other = r, w, k+1, nil
			if spouse != nil && r.lemma == "parent_of" && !r.reverse && theirBefore(toks, k) {
				other = spouse // "his wife Ann Lee and their two sons": hers too
			}
			if k+1 < len(toks) && toks[k+1].Text == "," {
				next = k + 2
			}
			continue
		}
		m := mentionAtToken(ms, k)
		if m == nil || !named(m) {
			continue // "their" in "their two sons" is no name of the list
		}
		if noun != "" && kin.lemma == "parent_of" && !kin.reverse && other == nil && k == next+1 && toks[next].Lower() == "with" &&
			m.ent != nil && m.ent.typ == schema.Person && !m.possessive && m.ent != dead.ent &&
			m.end+1 < len(toks) && toks[m.end].Text == "," {
			// "two sons with Tom Wu, Bo and Li": the children's other
			// parent, then the children.
			other, next, k = m, m.end+1, m.end-1
			continue
		}
		if noun == "" || k != next || m.ent == nil || m.ent.typ != schema.Person || m.possessive || m.ent == dead.ent {
			noun, k = "", m.end-1
			continue
		}
		subj, obj := dead.ent, m.ent
		if kin.reverse {
			subj, obj = obj, subj
		}
		d.derive(si, argOf(s, m), joinText(toks[by-1:k]), kin.lemma, subj, obj, "", roleConf)
		if kin.lemma == "married_to" {
			spouse = m
		}
		if other != nil && other.ent != m.ent {
			d.derive(si, argOf(s, m), joinText(toks[by-1:k]), kin.lemma, other.ent, m.ent, "", roleConf)
		}
		// The list goes on after "and", a comma, or both.
		j := m.end
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if j < len(toks) && toks[j].Lower() == "and" {
			j++
		}
		if j == m.end {
			noun = ""
		}
		next, k = j, m.end-1
	}
}

// theirBefore reports whether "their" opens the phrase of the family noun
// at token k, before numbers and adjectives ("their two young sons").
func theirBefore(toks []nlp.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Tag == "CD" || toks[j].Tag == "JJ") {
		j--
	}
	return j >= 0 && toks[j].Lower() == "their"
}

// mentionAtToken returns the longest mention of ms that starts at token k,
// or nil.
func mentionAtToken(ms []*mention, k int) *mention {
	var long *mention
	for _, m := range ms {
		if m.start == k && (long == nil || m.end > long.end) {
			long = m
		}
	}
	return long
}

// hadKin: "Ann Lee had one child, Tom Lee, with Bo Chen", "Tom Wu has
// two daughters, Mia and Ida": a person's name, "has" or "had", at most
// an article, a number and adjectives, then a family noun ([kinNouns]), a
// comma and a list of names, each after at most three lower-case words
// of its own ("a son, record producer Tom Lee"), relate the person and
// each name as the noun says. A name right after "with" that follows the
// list, or after "with her husband," ([spouseNamedAt]), is the children's
// other parent.
func (d *docState) hadKin(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, p := range ms {
		h := p.end
		if p.ent == nil || p.ent.typ != schema.Person || p.possessive || !named(p) || h+3 >= len(toks) {
			continue
		}
		if w := toks[h].Lower(); w != "has" && w != "had" && w != "have" {
			continue
		}
		k := h + 1
		for k < len(toks) && k <= h+3 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ") {
			k++
		}
		kin, ok := kinNouns.get(toks[k].Lower())
		if !ok || toks[k].Tag != "NN" && toks[k].Tag != "NNS" || k+1 >= len(toks) || toks[k+1].Text != "," {
			continue
		}
		var listed []*mention
		next := k + 2
		if toks[next].Lower() == "including" {
			next++ // "had three children, including Tom Lee": one of them
		}
		for _, m := range ms {
			if m.start < next {
				continue
			}
			if !descriptionGap(toks[next:m.start]) || m.ent == nil || m.ent.typ != schema.Person || m.possessive || m.ent == p.ent {
				break
			}
			listed = append(listed, m)
			j := m.end
			if j < len(toks) && toks[j].Text == "," {
				j++
			}
			if j < len(toks) && toks[j].Lower() == "and" {
				j++
			}
			if j == m.end || j < len(toks) && toks[j].Lower() == "with" {
				next = j
				break
			}
			next = j
		}
		var other *mention
		if kin.lemma == "parent_of" && !kin.reverse && len(listed) > 0 && next < len(toks) && toks[next].Lower() == "with" {
			other = mentionAtToken(ms, spouseNamedAt(toks, next+1))
			if other != nil && (other.ent == nil || other.ent.typ != schema.Person || other.possessive || other.ent == p.ent) {
				other = nil
			}
		}
		if other == nil && kin.lemma == "parent_of" && !kin.reverse {
			other = coupleBefore(toks, ms, p)
		}
		for _, m := range listed {
			subj, obj := p.ent, m.ent
			if kin.reverse {
				subj, obj = obj, subj
			}
			d.derive(si, argOf(s, m), joinText(toks[h:k+1]), kin.lemma, subj, obj, "", roleConf)
			if other != nil && other.ent != m.ent {
				d.derive(si, argOf(s, m), joinText(toks[h:k+1]), kin.lemma, other.ent, m.ent, "", roleConf)
			}
		}
	}
}

// spouseNamedAt returns where the name starts in "his/her (first)
// husband/wife, (musician) Tom Wu" at token k, or k itself when no such
// phrase is there: the spouse named after the noun.
func spouseNamedAt(toks []nlp.Token, k int) int {
	if k >= len(toks) || toks[k].Lower() != "his" && toks[k].Lower() != "her" {
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && toks[j].Tag == "JJ" {
		j++
	}
	if j+2 >= len(toks) || kinNouns.at(toks[j].Lower()).lemma != "married_to" || toks[j+1].Text != "," {
		return k
	}
	j += 2
	for n := 0; n < 3 && j < len(toks) && !isCap(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN"); n++ {
		j++
	}
	return j
}

// descriptionGap reports whether toks, the words before a listed name, are
// none or at most three lower-case nouns and adjectives ("record
// producer"), or two such descriptions joined by "and" ("computer
// scientist and mathematician").
func descriptionGap(toks []nlp.Token) bool {
	if len(toks) > 3 {
		k := slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Lower() == "and" })
		return len(toks) <= 5 && k > 0 && descriptionGap(toks[:k]) && k+1 < len(toks) && descriptionGap(toks[k+1:])
	}
	for _, t := range toks {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

// coupleBefore returns the person named before p and "and", or "and his
// wife" / "and her husband", when p opens the subject of "had": in "Tom Wu
// and his wife Ann Lee had three children" both are the children's
// parents. It returns nil otherwise.
func coupleBefore(toks []nlp.Token, ms []*mention, p *mention) *mention {
	k := p.start - 1
	if k >= 2 && (toks[k].Lower() == "wife" || toks[k].Lower() == "husband") &&
		(toks[k-1].Lower() == "his" || toks[k-1].Lower() == "her") {
		k -= 2
	}
	if k < 1 || toks[k].Lower() != "and" {
		return nil
	}
	for _, q := range ms {
		if q.end == k && named(q) && q.ent != nil && q.ent.typ == schema.Person && !q.possessive && q.ent != p.ent &&
			(q.start == 0 || toks[q.start-1].Text == "," || toks[q.start-1].Text == ".") {
			return q
		}
	}
	return nil
}

// kinListed reports whether the lone word at token k is a name listed
// after a family noun of [kinNouns] ([kinListNoun]): such a word names a
// person, not a place.
func kinListed(toks []nlp.Token, k int) bool {
	return kinListNoun(toks, k) != ""
}

// kinListNoun returns the plural family noun of [kinNouns], lower-cased,
// whose list of names token k is on ("two sons, Stanislaus and Christopher",
// "daughters Mia and Ida", "two sons with Tom Wu, Bo and Li"), else "".
// Back from k to the noun go only names (capitalised words), commas,
// "and", and one "with" before the children's other parent.
func kinListNoun(toks []nlp.Token, k int) string {
	with := false
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := toks[j]
		switch w := t.Lower(); {
		case w == "," || w == "and":
		case w == "with" && !with && j+1 < k && isCap(toks[j+1].Text):
			with = true
		case isCap(t.Text) && strings.HasPrefix(t.Tag, "NNP"):
		default:
			if _, kin := kinNouns.get(w); kin && j+1 < k && t.Tag == "NNS" {
				return w
			}
			return ""
		}
	}
	return ""
}

// survivedKin drops "Ann Wu survive Tom Wu" and "Bo Wu predecease Tom Wu"
// where a family tie of the same sentence links the same two people ("Tom
// Wu is survived by his wife Ann Wu" gives married_to, [docState.survivors]):
// an obituary's list of survivors states the tie, and outliving is no act
// between them.
func (d *docState) survivedKin() {
	type pair struct {
		si   int
		a, b *docEntity
	}
	var kin map[pair]bool
	for _, f := range d.facts {
		if f.subj != nil && f.obj != nil && !f.Negated && kinLemma(f.Lemma) {
			if kin == nil {
				kin = map[pair]bool{}
			}
			kin[pair{f.Sentence, f.subj, f.obj}], kin[pair{f.Sentence, f.obj, f.subj}] = true, true
		}
	}
	if kin == nil {
		return
	}
	d.facts = slices.DeleteFunc(d.facts, func(f *docFact) bool {
		return (f.Lemma == "survive" || f.Lemma == "predecease") && kin[pair{f.Sentence, f.subj, f.obj}]
	})
}

// kinLemma reports whether lemma names a family tie ([kinNouns]).
func kinLemma(lemma string) bool {
	switch lemma {
	case "married_to", "parent_of", "sibling_of", "relative_of", "engaged_to", "ex_spouse_of", "child_of":
		return true
	}
	return false
}
