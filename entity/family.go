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
	"fiancée": 'f', "fiancee": 'f', "fiancé": 'm', "fiance": 'm',
}

// kinNames adds a person's mention for a lone capitalised word right after
// a kin noun, alone or after a comma, that no other mention holds, or makes
// a lone word's mention there a person's: "their child, Gloria", "his son
// Ivo". A kin noun says the word names a person.
// It returns ms in token order.
func kinNames(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 1; k+1 < len(toks); k++ {
		j := k
		if toks[j].Text == "," {
			j++
		}
		if j >= len(toks) || toks[j].Tag != "NNP" || !isCap(toks[j].Text) || !isWord(toks[j].Text) {
			continue
		}
		if _, kin := kinNouns.get(toks[k-1].Lower()); !kin && !childNouns[toks[k-1].Lower()] {
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
		for k < len(toks) && k < p.end+6 && (strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "CD" || toks[k].Tag == "HYPH" ||
			toks[k].Tag == "NN" && k+1 < len(toks) && toks[k+1].Tag == "HYPH") {
			k++ // "their nine-month-old child", "their nine - month - old child"
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
			if noun == "parents" && p.ent != nil && p.ent == fam.children[fam.couple[0]] {
				d.parentsMention(si, p.start, k+1, fam.couple) // "her parents", of their child
			}
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
	d.theChild(si, fam)
}

// recentlyNamed reports whether e has a mention in sentence si or the two
// before it.
func (d *docState) recentlyNamed(si int, e *docEntity) bool {
	return e.mentions[si] || e.mentions[si-1] || e.mentions[si-2]
}

// parentsMention makes tokens [start, end) of sentence si, a possessive
// and "parents" ("her parents", "both her parents"), a mention of the
// couple, as one group whose facts are each one's ([docState.pairGroup]):
// "Both her parents discussed it with each other".
func (d *docState) parentsMention(si, start, end int, couple [2]*docEntity) {
	if start > 0 && d.input[si].Tokens[start-1].Lower() == "both" && coveringAt(d.sents[si], start-1) < 0 {
		start-- // "both her parents"
	}
	if slices.ContainsFunc(d.sents[si], func(o *mention) bool { return o.start == start && o.end == end }) {
		return
	}
	g := d.pairGroup(couple[0], couple[1])
	d.insertAfter(si, &mention{kind: mDesc, start: start, end: end, surface: spanText(d.input[si], start, end),
		head: "parents", ent: g, conf: 0.7})
	g.mentions[si] = true
}

// theChild makes "the" and a child noun in sentence si ("the child",
// "the baby", "the daughter's") a mention of the one child the document
// has named as a parent's so far ([docState.familyFacts]), of a sex the
// noun allows, when the child was mentioned in the sentence or the two
// before; with none or two such children, a noun or "of" after it ("the
// child care", "the son of a farmer") or "as" before it ("accepted as
// the son"), it does nothing.
func (d *docState) theChild(si int, fam *family) {
	var child *docEntity
	for _, c := range fam.children {
		if child != nil && c != child {
			return
		}
		child = c
	}
	if child == nil || !d.recentlyNamed(si, child) {
		return
	}
	toks := d.input[si].Tokens
	for k := 1; k < len(toks); k++ {
		noun := toks[k].Lower()
		if !childNouns[noun] || !strings.EqualFold(toks[k-1].Text, "the") {
			continue
		}
		if g := kinGender[noun]; g != 0 && child.gender != 0 && g != child.gender {
			continue
		}
		if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Lower() == "of") ||
			k > 1 && toks[k-2].Lower() == "as" {
			continue // "the child care", "the son of a farmer", "accepted as the son"
		}
		if slices.ContainsFunc(d.sents[si], func(m *mention) bool { return m.start <= k && k < m.end }) {
			continue
		}
		d.insert(si, &mention{kind: mDesc, start: k - 1, end: k + 1, surface: spanText(d.input[si], k-1, k+1),
			head: noun, ent: child, conf: 0.7})
		child.mentions[si] = true
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

// familyNamed returns the people that "the" and the plural of their
// shared surname name, a one-word mention m of sentence si ("the Bergs"
// after "Tom Berg, 42, and his wife Mia Berg"; "the Joneses"): the
// group of the two or more people of the document so far whose name ends
// in that surname, as a coordination of their names makes it
// ([docState.coordination]). One person who carries the surname and
// the one spouse the facts so far give that person name the couple
// ("the Bergs" after "Tom Berg ... Mia, wife of Berg,": a wife named by
// her given name alone is the family's too). It returns nil otherwise:
// one person's family is no actor the document names.
func (d *docState) familyNamed(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	if m.end != m.start+1 || m.start == 0 || !strings.EqualFold(toks[m.start-1].Text, "the") {
		return nil
	}
	w := strings.ToLower(toks[m.start].Text)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || !isCap(toks[m.start].Text) {
		return nil
	}
	var members []*docEntity
	for _, e := range d.ents {
		if e.typ != schema.Person || e.members != nil || len(e.tokens) < 2 {
			continue
		}
		last := e.tokens[len(e.tokens)-1]
		if last+"s" == w || last+"es" == w {
			members = append(members, e)
		}
	}
	if len(members) == 1 {
		if sp := d.onlySpouse(members[0]); sp != nil {
			return d.pairGroup(members[0], sp)
		}
	}
	if len(members) < 2 {
		return nil
	}
	names := make([]string, len(members))
	for i, e := range members {
		names[i] = e.name
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	g := d.byKey[normKey(name)]
	if g == nil || g.members == nil {
		g = d.create(name, &mention{typ: schema.Group})
		g.members = members
	}
	return g
}

// onlySpouse returns the one person the document's facts so far marry to
// e, or nil when they marry e to no one or to two people.
func (d *docState) onlySpouse(e *docEntity) *docEntity {
	var sp *docEntity
	for _, f := range d.facts {
		if f.Lemma != "married_to" || f.subj == nil || f.obj == nil || f.subj == f.obj || f.Negated {
			continue
		}
		var c *docEntity
		switch e {
		case f.subj:
			c = f.obj
		case f.obj:
			c = f.subj
		default:
			continue
		}
		if c.typ != schema.Person || c.members != nil {
			continue
		}
		if sp != nil && sp != c {
			return nil
		}
		sp = c
	}
	return sp
}

// kinRestated adds, in each sentence, the kinship that a possessive "his"
// or "her" and a singular kin noun with no name after it restate ("Wu
// and his father will travel", "one with his wife") when the document
// states that kinship of the possessor elsewhere, before or after ("His
// father Ali Wu said"): the relative is then the one person the facts
// give that kinship to the possessor, of the noun's sex. A possessor
// with two such relatives (two wives named) gets nothing. The phrase
// stays no mention of the relative: GUM often takes "her mother" for
// someone new.
func (d *docState) kinRestated(sents []nlp.Sentence) {
	known := d.facts[:len(d.facts):len(d.facts)]
	for si, s := range sents {
		if si >= len(d.sents) {
			break
		}
		toks := s.Tokens
		for _, p := range d.sents[si] {
			if p.kind != mPronoun || !p.possessive || p.pron != "his" && p.pron != "her" || p.ent == nil || p.ent.typ != schema.Person {
				continue
			}
			k := p.end
			for k < len(toks) && restatedKinAdjectives[toks[k].Lower()] {
				k++ // "his late wife", "his surviving father"
			}
			if k >= len(toks) {
				continue
			}
			noun := toks[k].Lower()
			kin, ok := kinNouns.get(noun)
			if !ok || kinGender[noun] == 0 || kinNamed(s, d.sents[si], k) != nil ||
				k+1 < len(toks) && (toks[k+1].Tag == "NNP" || toks[k+1].Tag == "HYPH") {
				continue // named here ("his wife Ann Lee"): the apposition rules read it
			}
			rel := knownKin(known, p.ent, kin, kinGender[noun])
			if rel == nil {
				continue
			}
			subj, obj := p.ent, rel
			if kin.reverse {
				subj, obj = rel, p.ent
			}
			d.derive(si, argOf(s, p), joinText(toks[p.start:k+1]), kin.lemma, subj, obj, "", roleConf)
		}
	}
}

// restatedKinAdjectives may stand between "his" or "her" and the family
// noun that restates a kinship ([docState.kinRestated]): "his late
// wife", "his surviving father", "her estranged husband", "his elder
// brother" (one of two brothers named is no one: [knownKin]).
var restatedKinAdjectives = map[string]bool{
	"late": true, "former": true, "surviving": true, "estranged": true, "grieving": true,
	"elder": true, "older": true, "younger": true, "eldest": true, "oldest": true, "youngest": true,
}

// knownKin returns the one person that facts give as owner's relative of
// kind kin (a [kinNouns] role) and sex g: the parent for "father", the
// child for "son" (a child's son_of, daughter_of or child_of counts as its
// parent's parent_of), the other side of married_to or sibling_of. A
// spouse of unknown sex passes; a parent, child or sibling must be known
// to be of sex g, as the gazetteer's given names or pronouns tell. It
// returns nil for none or more than one.
func knownKin(facts []*docFact, owner *docEntity, kin role, g byte) *docEntity {
	var rel *docEntity
	for _, f := range facts {
		if f.subj == nil || f.obj == nil || f.subj == f.obj {
			continue
		}
		lemma, subj, obj := f.Lemma, f.subj, f.obj
		if childOfLemma(lemma) {
			lemma, subj, obj = "parent_of", obj, subj // "Tom Wu, son of Ola Berg,": Berg is his parent
		}
		if lemma != kin.lemma {
			continue
		}
		var c *docEntity
		switch {
		case kin.lemma == "parent_of" && kin.reverse && obj == owner:
			c = subj
		case kin.lemma == "parent_of" && !kin.reverse && subj == owner:
			c = obj
		case kin.lemma != "parent_of" && subj == owner:
			c = obj
		case kin.lemma != "parent_of" && obj == owner:
			c = subj
		}
		if c == nil || c.typ != schema.Person || c == rel {
			continue
		}
		sex := c.gender
		if sex == 0 {
			sex = c.likely
		}
		if sex != g && (sex != 0 || kin.lemma != "married_to") {
			continue
		}
		if rel != nil {
			return nil
		}
		rel = c
	}
	return rel
}

// childOfLemma reports whether lemma is one of [childLemmas], a child's
// relation to a parent.
func childOfLemma(lemma string) bool {
	for _, l := range childLemmas {
		if l == lemma {
			return true
		}
	}
	return false
}

// kinAdjectives are words before a family noun that a tagger may read as
// nouns: "her widowed mother".
var kinAdjectives = map[string]bool{"widowed": true, "late": true, "estranged": true, "adoptive": true, "biological": true}

// kinOwner returns the entity of the possessor of a family noun of
// [kinNouns] right before name mention m of toks, alone or set off by a
// comma, past adjectives ("her widowed mother, Vera Morgan Lind"; "Tom Hale
// Berg's son, Tom Berg"), when cur, the sentence's mentions, holds it resolved;
// else nil. The relative is another person than the possessor, however
// many words their names share.
func kinOwner(toks []nlp.Token, m *mention, cur []*mention) *docEntity {
	k := m.start - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k < 0 {
		return nil
	}
	if _, kin := kinNouns.get(toks[k].Lower()); !kin {
		return nil
	}
	for k--; k >= 0 && (strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "VBN" || toks[k].Tag == "VBD" || kinAdjectives[toks[k].Lower()]); k-- {
	}
	if k < 0 || toks[k].Tag != "PRP$" && toks[k].Tag != "POS" {
		return nil
	}
	for _, c := range cur {
		if c.ent != nil && (c.start == k && c.end == k+1 || toks[k].Tag == "POS" && c.end == k) {
			return c.ent
		}
	}
	return nil
}

// elderOrYounger returns the parent that "the elder" before surname
// mention m names, or the child that "the younger" names, when the
// document has stated so far that one person of that surname is the
// parent of another ("Joe Biden ... his son Hunter Biden ... the elder
// Biden"); else nil. The surname alone would go to the one named most.
func (d *docState) elderOrYounger(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	if m.end != m.start+1 || m.start < 2 || toks[m.start-2].Lower() != "the" {
		return nil
	}
	var elder bool
	switch toks[m.start-1].Lower() {
	case "elder":
		elder = true
	case "younger":
	default:
		return nil
	}
	w := toks[m.start].Lower()
	var pick *docEntity
	for _, f := range d.facts {
		if f.Lemma != "parent_of" || f.subj == nil || f.obj == nil || f.subj == f.obj ||
			!slices.Contains(f.subj.tokens, w) || !slices.Contains(f.obj.tokens, w) {
			continue
		}
		e := f.obj
		if elder {
			e = f.subj
		}
		if pick != nil && pick != e {
			return nil // two such pairs: which one is not known
		}
		pick = e
	}
	return pick
}

// staffRestated adds, in each sentence, the work_for that a person's
// possessive and a bare noun of their staff or hired firm restate ("Wu's
// lawyer said", "a subpoena issued to his tax preparer") when the
// document names elsewhere, before or after, the one actor who works for
// the possessor under that noun ("his lawyer Ann Lee", "his tax preparer,
// Halvik Audit,"): a short description restating a known holder's role
// gives the role again, as "the president" does. A former holder ("his
// former lawyer Tom Wu") is no current one, and a name after the noun is
// read by the apposition rules.
func (d *docState) staffRestated(sents []nlp.Sentence) {
	known := d.facts[:len(d.facts):len(d.facts)]
	for si, s := range sents {
		if si >= len(d.sents) {
			break
		}
		toks := s.Tokens
		for _, p := range d.sents[si] {
			if !p.possessive || p.ent == nil || p.ent.typ != schema.Person || p.kind == mPronoun && p.pron != "his" && p.pron != "her" {
				continue
			}
			k := p.end
			if k < len(toks) && toks[k].Tag == "POS" {
				k++ // "Wu's"
			}
			if k < len(toks) && toks[k].Lower() == "own" {
				k++
			}
			j := k
			for j < len(toks) && !isCap(toks[j].Text) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
				j++
			}
			if j == k || j < len(toks) && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS" || toks[j].Text == "," || toks[j].Tag == "HYPH") {
				continue // no noun, or one named here
			}
			noun := toks[j-1].Lower()
			if !staffNounsOfPerson[noun] && !firmNounsOfPerson[noun] {
				continue
			}
			if staff := knownStaff(known, p.ent, noun); staff != nil {
				d.derive(si, argOf(s, p), joinText(toks[p.start:j]), schema.WorkFor, staff, p.ent, "", roleConf)
			}
		}
	}
}

// knownStaff returns the one actor that facts say works for owner under
// the noun ("his lawyer Ann Lee" gives Ann Lee for "lawyer"), not as a
// former one, or nil when none or several do.
func knownStaff(facts []*docFact, owner *docEntity, noun string) *docEntity {
	var staff *docEntity
	for _, f := range facts {
		if f.Lemma != schema.WorkFor || f.obj != owner || f.subj == nil || f.subj == owner || f.Negated {
			continue
		}
		w := strings.Fields(strings.Trim(strings.ToLower(f.Relation), " ,"))
		if len(w) == 0 || w[len(w)-1] != noun || slices.Contains(w, "former") || slices.Contains(w, "ex") {
			continue
		}
		if staff != nil && staff != f.subj {
			return nil
		}
		staff = f.subj
	}
	return staff
}
