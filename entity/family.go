package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Families. A document names a family once ("Tom Wu, 42, and his wife Ann
// Wu", "their daughter, Mia") and then refers to it by kin nouns: "his
// daughter", "her parents", "their child". Each such reference states the
// kinship again, so it gives the family's parent_of facts in its sentence.

// childNouns name a child of the possessor.
var (
	childNouns = map[string]bool{"child": true, "daughter": true, "son": true, "baby": true}
)

// kinGender is the sex a family noun gives the relative it names.
var kinGender = map[string]byte{
	"daughter": 'f', "son": 'm', "wife": 'f', "husband": 'm', "widow": 'f', "widower": 'm',
	"mother": 'f', "father": 'm', "sister": 'f', "brother": 'm', "aunt": 'f', "uncle": 'm',
	"niece": 'f', "nephew": 'm', "granddaughter": 'f', "grandson": 'm', "grandmother": 'f', "grandfather": 'm',
	"girlfriend": 'f', "boyfriend": 'm', "stepdaughter": 'f', "stepson": 'm',
}

// kinNames adds a person's mention for a lone capitalised word right after
// a kin noun, alone or after a comma, that no other mention holds, or makes
// a lone word's mention there a person's: "their child, Gloria", "his son
// Ivo". A kin noun says the word names a person.
// It returns ms in token order.
func kinNames(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 1; k+1 < len(toks); k++ {
		if _, kin := kinNouns[toks[k-1].Lower()]; !kin && !childNouns[toks[k-1].Lower()] {
			continue
		}
		j := k
		if toks[j].Text == "," {
			j++
		}
		if j >= len(toks) || toks[j].Tag != "NNP" || !isCap(toks[j].Text) || !isWord(toks[j].Text) {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].Tag == "NNP" || toks[j+1].Tag == "POS") {
			continue
		}
		covered := false
		at := len(ms)
		for i, m := range ms {
			if m.start <= j && j < m.end {
				covered = true
				if m.kind == mSingle && m.start == j && m.end == j+1 && m.hint == "" {
					m.hint = schema.Person // a word that needed a cue to be a name
				}
			}
			if at == len(ms) && m.start > j {
				at = i
			}
		}
		if covered {
			continue
		}
		m := &mention{kind: mName, start: j, end: j + 1, surface: toks[j].Text, full: toks[j].Text, name: toks[j].Text, typ: schema.Person}
		ms = append(ms[:at:at], append([]*mention{m}, ms[at:]...)...)
	}
	return ms
}

// A family holds the kinship a document has stated so far.
type family struct {
	// couple is the last married pair named.
	couple [2]*docEntity
	// children maps a parent to the last child named as theirs.
	children map[*docEntity]*docEntity
	// seen counts the document's facts already read for couples.
	seen int
}

// familyFacts adds the parent_of facts that kin nouns after a possessive
// pronoun state in sentence si: "their child, Gloria" (the couple the
// document named), "his daughter" (the child named before as his), "her
// parents", "both her parents" (the couple, of their child). A kin noun
// without a possessive ("the parents were told") states nothing here.
func (d *docState) familyFacts(si int, s nlp.Sentence, ms []*mention, fam *family) {
	for _, f := range d.facts[fam.seen:] {
		if f.Lemma == "married_to" && f.subj != nil && f.obj != nil {
			fam.couple = [2]*docEntity{f.subj, f.obj}
		}
	}
	fam.seen = len(d.facts)
	toks := s.Tokens
	for _, p := range ms {
		if p.kind != mPronoun || !p.possessive {
			continue
		}
		k := p.end
		for k < len(toks) && k < p.end+3 && (strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "CD" || toks[k].Tag == "HYPH") {
			k++ // "their nine-month-old child"
		}
		if k >= len(toks) {
			continue
		}
		noun := toks[k].Lower()
		if !childNouns[noun] && noun != "parents" {
			continue
		}
		var parents []*docEntity
		switch {
		case p.pron == "their" || noun == "parents":
			if fam.couple[0] == nil {
				continue
			}
			parents = fam.couple[:]
		case p.ent != nil && p.ent.typ == schema.Person:
			parents = []*docEntity{p.ent}
		default:
			continue
		}
		child := kinNamed(s, ms, k)
		if child != nil && child.gender == 0 {
			child.gender = kinGender[noun] // "their son, Ivo": a later "his daughter" is someone else
		}
		if child == nil {
			child = fam.children[parents[0]]
			if child != nil && childNouns[noun] && kinGender[noun] != 0 && child.gender != 0 && child.gender != kinGender[noun] {
				child = nil // "his son James" is not "his daughter"
			}
			if child != nil && childNouns[noun] && !slices.ContainsFunc(d.sents[si], func(o *mention) bool { return o.start == p.start && o.end == k+1 }) {
				// "decided to treat his daughter himself": the phrase is a
				// mention of the child, so acts on it reach her.
				d.insertAfter(si, &mention{kind: mDesc, start: p.start, end: k + 1, surface: spanText(s, p.start, k+1),
					head: noun, ent: child, conf: 0.7})
				child.mentions[si] = true
			}
		}
		if child == nil {
			continue
		}
		for _, par := range parents {
			if par == child {
				continue
			}
			if fam.children == nil {
				fam.children = map[*docEntity]*docEntity{}
			}
			fam.children[par] = child
			d.derive(si, argOf(s, p), joinText(toks[p.start:k+1]), "parent_of", par, child, "", roleConf)
		}
	}
}

// kinNamed returns the person named right after the kin noun at token k,
// alone or after a comma, or nil.
func kinNamed(s nlp.Sentence, ms []*mention, k int) *docEntity {
	j := k + 1
	if j < len(s.Tokens) && s.Tokens[j].Text == "," {
		j++
	}
	for _, m := range ms {
		if m.start == j && named(m) && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
	}
	return nil
}
