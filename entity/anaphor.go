package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// personNouns are the nouns of descriptions of a person that the document
// has named before ("the boy", "the woman"), with the gender each gives
// (0 for either).
var personNouns = map[string]byte{
	"boy": 'm', "girl": 'f', "man": 'm', "woman": 'f', "lady": 'f', "guy": 'm',
	"kid": 0, "teenager": 0, "teen": 0, "businessman": 'm', "businesswoman": 'f',
}

// laterDescs adds to ms, the mentions of sentence si, the definite
// descriptions that take up a name of the document ("the square" after
// Naqsh-e Jahan Square, "the student" after student Omar Haddad, "the
// boy"): "the" or "this" and a lower-case singular noun that is the head
// noun of an earlier place's name, or a noun put before an earlier
// person's name, or a noun of [personNouns], with no noun, "of" or
// relative pronoun or naming participle after it ("the bridge of San Luis
// Rey", "the man who called", "the student union", "the river known as
// Kamo" name something else). It returns ms,
// changed.
func (d *docState) laterDescs(si int, s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	ms = d.stateHolders(s, ms)
	for i := 0; i+1 < len(toks); i++ {
		low := toks[i].Lower()
		if toks[i].Tag == "POS" {
			if m := d.modifiedDesc(s, ms, i); m != nil {
				ms = insertMention(ms, m) // "the country's chess federation"
			} else if m := unitDesc(s, ms, i); m != nil {
				ms = insertMention(ms, m) // "the army's transport unit"
			}
			continue
		}
		if m := counterpartDesc(s, ms, i); m != nil {
			ms = insertMention(ms, m) // "his Swedish counterpart"
			continue
		}
		if low != "the" && low != "this" {
			continue
		}
		if m := d.nationalDesc(s, ms, i, true); m != nil {
			ms = slices.DeleteFunc(ms, func(o *mention) bool { return o.role && m.start <= o.start && o.end <= m.end })
			ms = insertMention(ms, m)
			continue
		}
		var nat *mention
		if ms, nat = d.nationalityNoun(si, s, ms, i); nat != nil {
			ms = insertMention(ms, nat) // "the seventeen-year-old Swede"
			continue
		}
		if m := d.ageDesc(si, s, ms, i); m != nil {
			ms = insertMention(ms, m) // "the 45-year-old" after "Ann Lee, 45,"
			continue
		}
		if m := d.capitalDesc(s, ms, i); m != nil {
			ms = insertMention(ms, m) // "the capital city" after Seoul
			continue
		}
		if m := d.nationalPlace(s, ms, i); m != nil {
			ms = insertMention(ms, m) // "the Australian city"
			continue
		}
		if m := d.modifiedPerson(si, s, ms, i); m != nil {
			ms = insertMention(ms, m) // "the young activist", "the married couple"
			continue
		}
		if m := d.titledDesc(s, ms, i); m != nil {
			ms = insertMention(ms, m)
			continue
		}
		if m := d.modifiedDesc(s, ms, i); m != nil {
			ms = insertMention(ms, m)
			continue
		}
		h := i + 1 // the noun
		if formerWord(toks[h].Lower()) && h+2 < len(toks) && toks[h+1].Tag == "NN" {
			h++ // "fined the former executive": the past holder named before
		}
		w := toks[h].Text
		pair := low == "the" && (pairNouns[w] || rivalNouns[w] && eachOtherAfter(toks, h+1)) && strings.HasPrefix(toks[h].Tag, "NN")
		if isCap(w) || toks[h].Tag != "NN" && !pair || coveringAt(ms, i) >= 0 || coveringAt(ms, h) >= 0 {
			continue
		}
		if j := h + 1; j < len(toks) {
			n := toks[j].Lower()
			// "fined the network yesterday": a day word after the noun
			// is the act's time, no compound's head.
			if strings.HasPrefix(toks[j].Tag, "NN") && !dayWord(n) || n == "of" || n == "who" || n == "that" || n == "whom" || namingWords[n] || coordinatedOffice(toks, j) {
				continue
			}
		}
		_, person := personNouns[w]
		if apposedName(toks, ms, h+1, person) {
			continue // "The regulator, the Financial Conduct Authority, fined ...": the name says which
		}
		if !person && !pair && !d.earlierDesc(w) {
			continue
		}
		m := &mention{kind: mDesc, start: i, end: h + 1, surface: joinText(toks[i : h+1]), head: w,
			possessive: h+1 < len(toks) && toks[h+1].Tag == "POS"}
		ms = insertMention(ms, m)
	}
	return ms
}

// apposedName reports whether token j opens an apposition that names the
// description before it: a comma, "the" or not, a name of a person (for a
// person's noun) or of another kind among ms, and a comma after it ("The
// regulator, the Financial Conduct Authority, fined Halvik", "The man,
// Tom Wu, was arrested"). The description is then the one named, not one
// named before.
func apposedName(toks []nlp.Token, ms []*mention, j int, person bool) bool {
	if j+1 >= len(toks) || toks[j].Text != "," {
		return false
	}
	k := j + 1
	if toks[k].Lower() == "the" {
		k++
	}
	o := mentionAtToken(ms, k)
	if o == nil || o.kind != mName || o.adj || o.end >= len(toks) || toks[o.end].Text != "," {
		return false
	}
	return (o.typ == schema.Person) == person
}

// unitDescNouns name an unnamed unit of a body after the body's
// possessive: "the army's transport unit", "the ministry's press office".
var unitDescNouns = map[string]bool{
	"unit": true, "section": true, "division": true, "branch": true, "wing": true, "arm": true,
	"office": true, "bureau": true, "service": true,
}

// unitDesc returns the description that follows the possessive "'s" at
// token i of s of an organisation or a group among ms: at most two
// lower-case modifiers and a unit's noun ([unitDescNouns]), which stands
// for the body, as an unnamed official does ("the Norwegian army's
// transport section ran the buses": the army did). A name, a noun, "of"
// or a relative word after the noun names the unit otherwise ("the
// party's youth wing, Young Greens,"), and yields nil.
func unitDesc(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	k := slices.IndexFunc(ms, func(o *mention) bool { return o.end == i })
	if k < 0 || toks[i].Tag != "POS" {
		return nil
	}
	o := ms[k]
	if o.adj || o.kind == mPronoun || o.typ != schema.Organization && o.kind != mGroup {
		return nil
	}
	for h := i + 1; h < len(toks) && h <= i+3; h++ {
		t := toks[h]
		if isCap(t.Text) || coveringAt(ms, h) >= 0 || t.Tag != "NN" && t.Tag != "JJ" {
			return nil
		}
		if t.Tag == "NN" && unitDescNouns[t.Text] {
			if namesOther(toks, h+1) {
				return nil
			}
			return &mention{kind: mDesc, start: i + 1, end: h + 1, surface: joinText(toks[i+1 : h+1]), head: t.Text, owner: o,
				possessive: h+1 < len(toks) && toks[h+1].Tag == "POS"}
		}
	}
	return nil
}

// nationalDesc returns the definite description made of "the" at token i
// of s, a state's adjective and a lower-case singular noun that describes
// an organisation the document has named ("Halvik Holdings ... the
// Norwegian company said", "the Court of Session ... the Scottish court
// ruled", "the Labour Party ... the Norwegian party"), or nil. The
// adjective keeps its own mention. Bodies of a state named by their noun
// ("the Norwegian government", "the Swedish team", "the Iraqi parliament")
// and groups ("the Norwegian army") are [Resolver.governments]' and the
// groups'; a noun, "of" or a name after the head names something else.
func (d *docState) nationalDesc(s nlp.Sentence, ms []*mention, i int, article bool) *mention {
	toks := s.Tokens
	if !article {
		i-- // a headline's "Scottish court finds": no article before the adjective
	} else if toks[i].Lower() != "the" {
		return nil
	}
	if i+2 >= len(toks) {
		return nil
	}
	k := coveringAt(ms, i+1)
	if k < 0 || !ms[k].adj || ms[k].start != i+1 || ms[k].end != i+2 || ms[k].typ != schema.GPE && (ms[k].ent == nil || ms[k].ent.typ != schema.GPE) {
		return nil
	}
	start := i
	if !article {
		start++ // the headline's description opens at the adjective
	}
	if m := d.nationalHolder(s, ms, start, i+2, ms[k]); m != nil {
		return m
	}
	h := toks[i+2]
	w := h.Text
	if h.Tag != "NN" || isCap(w) || coveringAt(ms, i+2) >= 0 || !d.r.descNouns[w] && !companyNouns[w] || nationalBodies[w] {
		return nil
	}
	if _, g := d.r.g.groups[normKey(w)]; g {
		return nil
	}
	if j := i + 3; j < len(toks) {
		n := toks[j].Lower()
		if strings.HasPrefix(toks[j].Tag, "NN") && !dayWord(n) || n == "of" || n == "who" || n == "that" || n == "whom" || namingWords[n] || toks[j].Text == "," && j+1 < len(toks) && isCap(toks[j+1].Text) {
			return nil // "the Norwegian company Halvik", "the Norwegian company, Halvik Holdings,"
		}
	}
	if !slices.ContainsFunc(d.ents, func(e *docEntity) bool { return e.typ == schema.Organization && describes(w, e) }) {
		return nil
	}
	return &mention{kind: mDesc, start: start, end: i + 3, surface: joinText(toks[start : i+3]), head: w, country: ms[k],
		possessive: i+3 < len(toks) && toks[i+3].Tag == "POS"}
}

// nationalHolder returns the description that opens at token i of s and
// ends in a lower-case title of one or two words at token j, after adj,
// a state's adjective or name ("the Fijian leader", "the Norwegian prime
// minister", "Sweden's foreign minister", "the Oregon governor"), when
// the document so far names a person who holds that title for the state
// ([docState.stateHolder]), or nil; a noun, "of", a name or a relative
// pronoun after the title names someone else ("the Fijian leader of the
// opposition", "Sweden's foreign minister, Kari Dahl,").
func (d *docState) nationalHolder(s nlp.Sentence, ms []*mention, i, j int, adj *mention) *mention {
	toks := s.Tokens
	if j >= len(toks) {
		return nil
	}
	// A capitalised title with no name after it is an office's mention
	// ("The Brazilian President later criticised France": President of
	// Brazil, [mention.role]); the description takes its place.
	role := coveringAt(ms, j)
	if role >= 0 && (!ms[role].role || ms[role].start != j) {
		return nil
	}
	free := func(k int) bool { c := coveringAt(ms, k); return c < 0 || c == role }
	// The title may be capitalised as a whole ("the New Jersey
	// Governor", "the Fijian Prime Minister"), but not in part.
	capital := isCap(toks[j].Text)
	end, t := j+1, d.r.g.titles[normKey(toks[j].Text)]
	if j+1 < len(toks) && isCap(toks[j+1].Text) == capital && strings.HasPrefix(toks[j+1].Tag, "NN") && free(j+1) {
		if t2 := d.r.g.titles[normKey(toks[j].Text+" "+toks[j+1].Text)]; t2 != nil || !capital {
			end, t = j+2, t2
		}
	}
	if t == nil || toks[end-1].Tag != "NN" && !(capital && toks[end-1].Tag == "NNP") {
		return nil
	}
	if namesOther(toks, end) || role >= 0 && ms[role].end != end {
		return nil
	}
	head := strings.ToLower(t.name)
	if d.stateHolder(head, d.adjState(adj)) == nil {
		return nil
	}
	return &mention{kind: mDesc, start: i, end: end, surface: joinText(toks[i:end]), head: head, country: adj,
		possessive: end < len(toks) && toks[end].Tag == "POS"}
}

// stateHolders adds to ms, the mentions of sentence s, the descriptions
// of [docState.nationalHolder] made of a state's or a body's name and a
// title: possessive ("Sweden's foreign minister", "Halvik's chief
// executive") or after "the" ("the Oregon governor"). It returns ms,
// changed.
func (d *docState) stateHolders(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	var add []*mention
	for _, c := range ms {
		if c.kind != mName || c.adj || c.typ != schema.GPE && c.typ != schema.Organization {
			continue
		}
		start, j := c.start, c.end
		if c.possessive && j < len(toks) && toks[j].Tag == "POS" {
			j++
		} else if c.start >= 2 && !c.possessive && formerWord(toks[c.start-1].Lower()) && toks[c.start-2].Lower() == "the" {
			start -= 2 // "the former Halvik chief executive": a past holder is the holder named before
		} else if c.possessive || c.start == 0 || toks[c.start-1].Lower() != "the" {
			continue
		} else {
			start--
		}
		if m := d.nationalHolder(s, ms, start, j, c); m != nil {
			add = append(add, m)
		}
	}
	for _, m := range add {
		ms = slices.DeleteFunc(ms, func(o *mention) bool { return o.role && m.start <= o.start && o.end <= m.end })
		ms = insertMention(ms, m)
	}
	return ms
}

// namesOther reports whether token j, right after a title's description,
// makes it a modifier or names someone else: a noun or a name ("the
// Fijian leader Tom Wu"), "of", a relative pronoun, a naming word, or a
// comma before a name ("Sweden's foreign minister, Bo Kim,").
func namesOther(toks []nlp.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	n := toks[j].Lower()
	return strings.HasPrefix(toks[j].Tag, "NN") || isCap(toks[j].Text) || n == "of" || n == "who" || n == "that" || n == "whom" ||
		namingWords[n] || n == "," && j+1 < len(toks) && isCap(toks[j+1].Text)
}

// adjState returns the state that adj, a state's adjective, names, before
// its sentence's mentions are resolved (a description before it is
// resolved first).
func (d *docState) adjState(adj *mention) *docEntity {
	if adj.ent != nil {
		return adj.ent
	}
	return d.named(adj, nil)
}

// stateHolder returns the one person of the document so far who holds
// the title head for state (or a body): described by it ([describes]; any leader of
// the state for "leader") and given the state by a title's adjective or
// by a fact that he leads or works for it ("Tom Wu, Fiji's president,"
// then "the Fijian leader"). It returns nil when none or two do.
func (d *docState) stateHolder(head string, state *docEntity) *docEntity {
	if state == nil {
		return nil
	}
	leads := func(e *docEntity, lead bool) bool {
		for _, f := range d.facts {
			if f.subj == e && f.obj == state && (f.Lemma == schema.Lead || !lead && f.Lemma == schema.WorkFor) {
				return true
			}
		}
		return false
	}
	e, _ := d.only(schema.Person, func(e *docEntity) bool {
		if head == "leader" {
			return leads(e, true)
		}
		return describes(head, e) && (e.country == state || leads(e, false))
	})
	return e
}

// nationalFact gives the body that m, a description of [docState.nationalDesc]
// in sentence si, took up the relation to the state of its adjective that
// [bodyDescription] reads ("the Scottish court" part_of Scotland, "the
// Norwegian company" locate_in Norway), as a name after the adjective
// would.
func (d *docState) nationalFact(si int, s nlp.Sentence, m *mention) {
	if m.kind != mDesc || m.country == nil || m.ent == nil || m.country.ent == nil || m.ent.typ != schema.Organization || m.country.end >= m.end {
		return
	}
	if lemma := bodyDescription(s.Tokens[m.country.end:m.end]); lemma != "" {
		d.derive(si, argOf(s, m), joinText(s.Tokens[m.country.start:m.end]), lemma, m.ent, m.country.ent, "", roleConf)
	}
}

// otherState reports whether the document's facts so far place or make e
// part of a state other than the one named state.
func (d *docState) otherState(e *docEntity, state string) bool {
	for _, f := range d.facts {
		if f.subj == e && f.obj != nil && f.obj.typ == schema.GPE && f.obj.name != state &&
			(f.Lemma == schema.LocateIn || f.Lemma == schema.PartOf || f.Lemma == "base_in") && !d.r.within(f.obj, state) {
			return true
		}
	}
	return false
}

// inState reports whether the document's facts so far place or make e
// part of the named state or a place within it.
func (d *docState) inState(e *docEntity, state string) bool {
	for _, f := range d.facts {
		if f.subj == e && f.obj != nil && (f.Lemma == schema.LocateIn || f.Lemma == schema.PartOf || f.Lemma == "base_in") &&
			(f.obj.name == state || d.r.within(f.obj, state)) {
			return true
		}
	}
	return false
}

// nationalBodies are the nouns of a state's own bodies, which a state's
// adjective names ([Resolver.governments]).
var nationalBodies = map[string]bool{
	"government": true, "team": true, "parliament": true, "embassy": true, "consulate": true, "people": true,
	"administration": true, "state": true, "capital": true,
}

// pairNouns describe two people the document has named together ("the
// couple", "the parents"): [docState.describedPair].
var pairNouns = map[string]bool{"couple": true, "pair": true, "parents": true, "duo": true, "spouses": true}

// rivalNouns describe two people the document has just named together
// only when the clause is about what they did to each other ("the
// candidates often interrupted each other"): elsewhere "the candidates"
// is often a whole field ([eachOtherAfter]).
var rivalNouns = map[string]bool{"candidates": true, "rivals": true, "opponents": true}

// eachOtherAfter reports whether "each other" or "one another" follows
// token k in its clause, within six tokens.
func eachOtherAfter(toks []nlp.Token, k int) bool {
	for j := k; j+1 < len(toks) && j < k+6; j++ {
		switch w := toks[j].Lower(); {
		case w == "," || w == ";" || toks[j].Tag == "CC":
			return false
		case (w == "each" && toks[j+1].Lower() == "other") || (w == "one" && toks[j+1].Lower() == "another"):
			return true
		}
	}
	return false
}

// describedPair resolves a description made of a noun of [pairNouns] in
// sentence si, starting at token start: the pair before it
// ([docState.pairBefore]), else the last married pair the document's
// facts have named ("Tom Wu, 40, and his wife Ann Lee"), as a group whose
// facts are each member's; or nil.
func (d *docState) describedPair(si, start int) *docEntity {
	if g := d.pairBefore(si, start, false); g != nil {
		return g
	}
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := d.facts[k]
		if f.Lemma != "married_to" || f.subj == nil || f.obj == nil || f.subj == f.obj {
			continue
		}
		return d.pairGroup(f.subj, f.obj)
	}
	return nil
}

// pairBefore returns the two people that a phrase of two ("the couple",
// "both", "both of them") at token start of sentence si takes up: the last
// coordination of people's names before it in that sentence or the two
// before ("Tom Wu and Ann Lee ... The couple"); else, with apart, the only
// two people its clause before ", and" names apart ("Tom Wu met Ann Lee in
// Oslo, and the two leaders signed a deal") or the sentence before does
// ("Tom Wu met Ann Lee. Police arrested both men.", "Tom Wu was elected in
// 2004, and Ann Lee in 2010. Both of them"); else a coordination three sentences back when no person
// is named since ("Ann Lee and Tom Wu won the prize. Their discovery ...
// Both are professors"). It returns a group whose facts are each member's,
// or nil. Apart is for "both" and "the two" only: the two people named
// before "the parents" are as often a parent and the child.
func (d *docState) pairBefore(si, start int, apart bool) *docEntity {
	for back := 0; back <= 3 && si-back >= 0; back++ {
		upto := len(d.input[si-back].Tokens)
		if back == 0 {
			upto = start
		}
		if back == 3 && (d.namesPerson(si-1) || d.namesPerson(si-2)) {
			break
		}
		if g, a, b := d.coordination(si-back, upto); g != nil {
			d.tookUp(si-back, a, b, g)
			return g
		}
		if back == 0 && apart && start > 1 && d.input[si].Tokens[start-1].Lower() == "and" && d.input[si].Tokens[start-2].Text == "," {
			if g := d.twoPeople(si, start); g != nil {
				return g // "Tom Wu met Ann Lee in Oslo, and the two leaders signed a deal"
			}
		}
		if back != 1 || !apart {
			continue
		}
		if g := d.jointBodies(si - 1); g != nil {
			return g // "Halvik Holdings and Berg Group signed a deal. Both later sued Tom Wu."
		}
		if g := d.twoPeople(si-1, len(d.input[si-1].Tokens)); g != nil {
			return g
		}
	}
	return nil
}

// twoPeople returns the group of the only two people that sentence si
// names apart before token upto, or nil when it names fewer or more.
func (d *docState) twoPeople(si, upto int) *docEntity {
	var two []*docEntity
	for _, c := range d.sents[si] {
		if c.end <= upto && c.ent != nil && !c.adj && c.ent.typ == schema.Person && c.ent.members == nil && !slices.Contains(two, c.ent) {
			two = append(two, c.ent)
		}
	}
	if len(two) != 2 {
		return nil
	}
	return d.pairGroup(two[0], two[1])
}

// jointBodies returns the group of two organisations that open sentence
// si as its subject joined by "and" ("Halvik Holdings and Berg Group
// signed a deal."), whom a "they" or "both" of the next sentence takes
// up; or nil. States are left out: "they" after "Tunisia and Egypt" is
// mostly their people.
func (d *docState) jointBodies(si int) *docEntity {
	toks := d.input[si].Tokens
	ms := d.sents[si]
	body := func(c *mention) bool {
		return (c.kind == mName || c.kind == mSingle) && c.ent != nil && !c.adj && !c.possessive &&
			c.ent.typ == schema.Organization && c.ent.members == nil
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if !body(a) || !body(b) || a.ent == b.ent || b.start < a.end+1 || b.start > a.end+2 || !strings.EqualFold(toks[a.end].Text, "and") {
			continue
		}
		if b.start == a.end+2 && toks[a.end+1].Lower() != "the" {
			continue
		}
		if i+2 < len(ms) && ms[i+2].start <= b.end+1 || b.end < len(toks) && toks[b.end].Tag == "POS" {
			return nil // a third name in the list, or "and Berg Group's chief"
		}
		if !d.subject(si, b) {
			return nil
		}
		return d.pairGroup(a.ent, b.ent)
	}
	return nil
}

// namesPerson reports whether sentence si mentions a person, not a group
// of people.
func (d *docState) namesPerson(si int) bool {
	return slices.ContainsFunc(d.sents[si], func(c *mention) bool {
		return c.ent != nil && c.ent.typ == schema.Person && c.ent.members == nil
	})
}

// pairGroup returns the document's group of people a and b, made the
// first time.
func (d *docState) pairGroup(a, b *docEntity) *docEntity {
	name := a.name + " and " + b.name
	g := d.byKey[normKey(name)]
	if g == nil || g.members == nil {
		g = d.create(name, &mention{typ: schema.Group})
		g.members = []*docEntity{a, b}
	}
	return g
}

// namingWords introduce a name after a noun: "the river known as Kamo",
// "a man called Ted".
var namingWords = map[string]bool{"known": true, "called": true, "named": true, "nicknamed": true, "dubbed": true}

// earlierDesc reports whether noun w describes an entity named so far
// that only a name gave it: the head noun of a place's name, a noun
// before a person's name ([docState.nounBefore]), or the head noun of an
// apposition or a copula's complement of a body's name
// ([docState.kindAfter]).
func (d *docState) earlierDesc(w string) bool {
	if d.kinds[w] {
		return true
	}
	for _, e := range d.ents {
		if (e.typ == schema.Location || e.typ == schema.Person) && e.desc[w] {
			return true
		}
	}
	return false
}

// titledDesc returns the description made of "the" at token i of s and
// two lower-case words that a person of the document was named with
// before the name ("the opposition leader" after "Opposition leader Bo
// Kim": [docState.titledBefore]), with nothing after them that makes
// them a modifier or names someone else, or nil.
func (d *docState) titledDesc(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if toks[i].Lower() != "the" || i+2 >= len(toks) || coveringAt(ms, i+1) >= 0 || coveringAt(ms, i+2) >= 0 {
		return nil
	}
	a, b := toks[i+1], toks[i+2]
	if isCap(a.Text) || isCap(b.Text) || !strings.HasPrefix(a.Tag, "NN") || b.Tag != "NN" {
		return nil
	}
	if namesOther(toks, i+3) {
		return nil
	}
	head := a.Text + " " + b.Text
	if !slices.ContainsFunc(d.ents, func(e *docEntity) bool { return e.typ == schema.Person && e.desc[head] }) {
		return nil
	}
	return &mention{kind: mDesc, start: i, end: i + 3, surface: joinText(toks[i : i+3]), head: head,
		possessive: i+3 < len(toks) && toks[i+3].Tag == "POS"}
}

// nameHead adds to a place named in two words or more the head noun of its
// name ("square" for Naqsh-e Jahan Square), for a later "the square".
func nameHead(e *docEntity) {
	if e.typ != schema.Location {
		return
	}
	f := strings.Fields(e.name)
	if len(f) < 2 {
		return
	}
	if w := f[len(f)-1]; isCap(w) {
		e.desc[strings.ToLower(w)] = true
	}
}

// nounBefore adds to each person named in sentence s after a lower-case
// singular noun ("student Omar Haddad", "psychologist Ann Berg") that
// noun, for a later "the student"; and to each organisation named before
// or after the kind of body it is ("the ruling Frelimo party",
// "broadcaster Halvik TV") that kind, for a later "the party".
func nounBefore(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if (m.kind == mName || m.kind == mSingle) && m.ent != nil && m.ent.typ == schema.Organization && m.end < len(toks) && orgDescriptors[toks[m.end].Text] {
			m.ent.desc[toks[m.end].Text] = true
		}
		if (m.kind == mName || m.kind == mSingle) && m.ent != nil && m.ent.typ == schema.Organization && m.start > 0 &&
			toks[m.start-1].Tag == "NN" && orgNouns[toks[m.start-1].Text] {
			m.ent.desc[toks[m.start-1].Text] = true // "state-owned enterprise Halvik Energy", for a later "the enterprise"
		}
		if m.kind != mName || m.ent == nil || m.ent.typ != schema.Person || m.start == 0 {
			continue
		}
		t := toks[m.start-1]
		if (t.Tag == "NN" || (t.Tag == "JJ" || t.Tag == "JJR") && (occupationNouns[t.Text] || attackerNouns[t.Text] || unnamedNouns[t.Text])) && !isCap(t.Text) && t.Lower() == t.Text {
			// "gunman/JJ Tom Wu", "singer/JJR Ann Lee": the tagger reads
			// some such nouns before a name as adjectives.
			m.ent.desc[t.Text] = true
			if m.start > 1 && formerWord(toks[m.start-2].Lower()) {
				m.ent.desc["former "+t.Text] = true // "former president Tom Wu": [docState.formerHolderNamed]
			}
		}
	}
}

// titledBefore adds to each person named in sentence s after a noun and a
// title in his mention ("Opposition leader Bo Kim", "committee chairman
// Tom Wu") the two words in lower case, for a later "the opposition
// leader" ([docState.laterDescs]).
func (d *docState) titledBefore(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.kind != mName || m.ent == nil || m.ent.typ != schema.Person || len(m.titles) != 1 || m.start < 2 {
			continue
		}
		a, b := toks[m.start-2], toks[m.start-1]
		if a.Tag != "NN" || !strings.HasPrefix(b.Tag, "NN") || isCap(b.Text) || !strings.EqualFold(m.titles[0].name, b.Text) {
			continue // "Labour leader Bo Kim" is the party's
		}
		if _, ok := d.r.g.titles[normKey(a.Text)]; ok {
			continue // a title of its own: "Deputy leader"
		}
		m.ent.desc[strings.ToLower(a.Text)+" "+b.Text] = true
	}
}

// kindAfter adds to each organisation named in sentence s the head noun of
// the phrase that says what kind of body it is, an apposition or a
// copula's complement in the singular ("Halvik TV, the largest television
// network in Norway,", "the Red Hand, a militia active in the north",
// "Norden Post is a newspaper"), for a later "the network", "the
// militia", "the newspaper". A phrase that holds another actor's name
// ("a unit of Norden Bank"), or whose noun owns what follows ("the
// network's owner", "the party leader"), says nothing of the kind; a
// state's possessive before the noun is no such name ("Norway's largest
// lender").
func (d *docState) kindAfter(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if !named(m) || m.adj || m.possessive || m.ent == nil || m.ent.typ != schema.Organization || m.end+2 >= len(toks) {
			continue
		}
		j := m.end
		if toks[j].Text != "," && !copulas[toks[j].Lower()] {
			continue
		}
		j++
		if k := stateEnd(ms, j); k > j && k < len(toks) && toks[k].Tag == "POS" {
			j = k // "Norden Bank, Norway's largest lender,"
		} else if !indefinite(toks[j].Text) && !strings.EqualFold(toks[j].Text, "the") {
			continue
		}
		h := nounHead(toks, j+1)
		if h >= 0 && h+2 < len(toks) && toks[h+1].Tag == "POS" && placeDescs.at(toks[h].Lower()) == aCountry {
			j = h + 1 // "the country's biggest lender"
			h = nounHead(toks, j+1)
		}
		if h < 0 || toks[h].Tag != "NN" || isCap(toks[h].Text) || notKinds[toks[h].Text] ||
			h+1 < len(toks) && (toks[h+1].Tag == "POS" || strings.HasPrefix(toks[h+1].Tag, "NN")) {
			continue
		}
		if slices.ContainsFunc(ms, func(o *mention) bool { return !o.adj && o.start <= h && o.end > j }) {
			continue
		}
		m.ent.desc[toks[h].Text] = true
		d.noteKind(toks[h].Text)
	}
}

// kindBefore adds to each organisation named in sentence s after the
// noun that says what kind of body it is ("the broadcaster Halvik",
// "Greek gas supplier Norden", "broadcast corporation Halvik's licence")
// that noun, for a later "the broadcaster", "the supplier", "the
// corporation", as [docState.kindAfter] does for an apposition. A
// broadcasting word before the noun ("television network Halvik",
// "broadcast corporation Halvik") makes a later "the network", "the
// broadcaster" or "the channel" it too, as a name ending in TV does
// ([nameKinds]). A business's kind right after its name does the same
// ("the Halvik Grill restaurant ... the restaurant"). The noun is one of
// [orgNouns] or a noun GUM's annotation gives organisations
// ([learnedDescs]: "publisher Halvik Books ... the publisher").
func (d *docState) kindBefore(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if !named(m) || m.adj || m.ent == nil || m.ent.typ != schema.Organization {
			continue
		}
		if m.end < len(toks) && toks[m.end].Tag == "NN" && firmKindsAfter[toks[m.end].Text] {
			// "the Halvik Grill restaurant": the kind after the name.
			m.ent.desc[toks[m.end].Text] = true
			d.noteKind(toks[m.end].Text)
		}
		if m.start < 1 {
			continue
		}
		h := m.start - 1
		w := toks[h].Text
		if toks[h].Tag != "NN" || w != strings.ToLower(w) || !orgNouns[w] && !pressBodyNouns[w] && w != "corporation" && learnedDescs[w].class != descOrg {
			continue
		}
		m.ent.desc[w] = true
		d.noteKind(w)
		for j := h - 1; j >= 0 && j >= h-2 && (toks[j].Tag == "NN" || toks[j].Tag == "JJ") && toks[j].Text == toks[j].Lower(); j-- {
			kinds := nameKinds[toks[j].Text]
			if toks[j].Text == "broadcast" {
				kinds = broadcasters
			}
			for _, k := range kinds {
				m.ent.desc[k] = true
				d.noteKind(k)
			}
		}
	}
}

// stateEnd returns the end of the state's name among ms that starts at
// token k, or k when none does.
func stateEnd(ms []*mention, k int) int {
	for _, o := range ms {
		if o.start == k && !o.adj && o.ent != nil && o.ent.typ == schema.GPE {
			return o.end
		}
	}
	return k
}

// noteKind records w among the nouns that describe a body of the
// document, for a later "the" and w ([docState.laterDescs]).
func (d *docState) noteKind(w string) {
	if d.kinds == nil {
		d.kinds = map[string]bool{}
	}
	d.kinds[w] = true
}

// notKinds are nouns that an apposition or a copula's complement uses for
// what a body is to something else, not for the kind of body it is ("the
// subject of an inquiry", "a part of the group", "the target").
var notKinds = map[string]bool{
	"part": true, "member": true, "one": true, "home": true, "subject": true, "target": true, "victim": true,
	"source": true, "result": true, "focus": true, "kind": true, "type": true, "sort": true, "lot": true,
	"number": true, "winner": true, "loser": true, "first": true, "last": true, "same": true, "case": true,
}

// describedPerson resolves a description made of a noun of [personNouns]
// ("the boy"): the person of a compatible gender with the most mentions so
// far among those mentioned in sentence si or the two before, the most
// recent on a tie, or nil.
//
// A person the text calls "a man" without a name in the sentences
// si-2..si before token at is the one "the man" takes up, not a named
// person ([docState.unnamedNoun]): "The attacker, a man, was shot. Ann Lee
// said ... Officials said the man was 45" is the attacker.
func (d *docState) describedPerson(si, at int, head string) *docEntity {
	if d.unnamedNoun(si, at, head) {
		return nil
	}
	g := personNouns[head]
	var best *docEntity
	for _, e := range d.ents {
		if e.typ != schema.Person || e.last.sent < si-2 || g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
		if best == nil || e.n > best.n || e.n == best.n && best.last.less(e.last) {
			best = e
		}
	}
	return best
}

// A coord is the mention of a coordination of names in sentence si.
type coord struct {
	si int
	m  *mention
}

// coordination returns the group that the last coordination of names in
// sentence si ending before token upto joins ("Tom Berg and Mia Berg",
// "Ann Lee, Tom Wu and Cyd Ho": two or more names of people joined by
// commas and "and", in no possessive), and its tokens [start,
// end); or nil. The group is made the first time; the mention of one that a
// pronoun takes up ([docState.tookUp]) joins the document's after the
// facts ([docState.coordinations]).
func (d *docState) coordination(si, upto int) (g *docEntity, start, end int) {
	toks := d.input[si].Tokens
	ms := d.sents[si]
	var run []*mention
	for i := 0; i < len(ms); i++ {
		if !coordinable(ms[i]) || ms[i].end > upto {
			continue
		}
		// The longest chain from i: "Ann Lee, Tom Wu and Bo Chen", "Ann
		// Lee and Tom Wu, Bo Chen and Ed Park", "Ann Lee and her
		// counterparts Tom Wu and Bo Chen"; it counts up to its last "and".
		// A member's state may stand before or after it: "Norway's Ann
		// Lee, Sweden's Tom Wu and ...", "Ann Lee of Norway, Tom Wu of
		// Sweden and ...".
		r, last, j := []*mention{ms[i]}, 0, i+1
		tail, head := ms[i].end, -1
		for ; j < len(ms); j++ {
			prev, c := r[len(r)-1], ms[j]
			if c.start < prev.end || c.kind == mPronoun && c.possessive {
				continue // "and her counterparts": see companions
			}
			if c.ent != nil && c.ent.typ == schema.GPE && head < 0 && !c.possessive && c.start == tail+1 && toks[tail].Lower() == "of" {
				tail = c.end // "Ann Lee of Norway"
				continue
			}
			if c.ent != nil && c.ent.typ == schema.GPE && head < 0 && c.possessive && j+1 < len(ms) && ms[j+1].start <= c.end+1 {
				head = c.start // "Sweden's Tom Wu"
				continue
			}
			if head < 0 {
				head = c.start
			}
			if !coordinable(c) || c.ent.typ != r[0].ent.typ || c.end > upto || c.ent == prev.ent {
				break
			}
			gap := strings.ToLower(joinText(toks[tail:head]))
			if gap != "and" && gap != "," && gap != ", and" && !companions(toks[tail:head]) && !kinGap(toks[tail:head]) {
				break
			}
			tail, head = c.end, -1
			if r = append(r, c); gap != "," {
				last = len(r)
			}
		}
		if last == 0 {
			continue
		}
		if r = r[:last]; r[len(r)-1].end >= len(toks) || toks[r[len(r)-1].end].Tag != "POS" {
			run = r
		}
		i = j - 1
	}
	if run == nil {
		return nil, -1, -1
	}
	names := make([]string, len(run))
	members := make([]*docEntity, len(run))
	for i, c := range run {
		names[i], members[i] = c.ent.name, c.ent
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	g = d.byKey[normKey(name)]
	if g == nil || g.members == nil {
		g = d.create(name, &mention{typ: schema.Group})
		g.members = members
	}
	return g, run[0].start, run[len(run)-1].end
}

// coordinationBefore returns the group that a coordination of names two
// sentences before si joins, and its tokens [start, end) there, when the
// sentence between names one of its members and no actor but its members
// and places: "Ann Lee, Tom Wu and Bo Chen moved to Utah. Chen had lived
// in Ohio. They worked with ..." takes up all three, not Chen alone. It
// returns nil otherwise.
func (d *docState) coordinationBefore(si int) (g *docEntity, start, end int) {
	if si < 2 || d.peopleNoun(si-1, 0, len(d.input[si-1].Tokens)) {
		return nil, -1, -1
	}
	var named []*docEntity
	for _, c := range d.sents[si-1] {
		switch {
		case c.ent == nil || c.adj || c.ent.typ == schema.GPE || c.ent.typ == schema.Location:
		case c.ent.typ == schema.Person && c.ent.members == nil:
			named = append(named, c.ent)
		default:
			return nil, -1, -1
		}
	}
	if len(named) == 0 {
		return nil, -1, -1
	}
	g, start, end = d.coordination(si-2, len(d.input[si-2].Tokens))
	for _, e := range named {
		if g != nil && !slices.Contains(g.members, e) {
			return nil, -1, -1 // "Chen met Ann Park.": she may be among them
		}
	}
	return g, start, end
}

// companions reports whether the words between two names in a list are
// "and" and the first's people before the second: "Ann Lee and her
// counterparts Tom Wu", "and his colleagues".
func companions(gap []nlp.Token) bool {
	if len(gap) < 3 || len(gap) > 4 || !strings.EqualFold(gap[0].Text, "and") || gap[1].Tag != "PRP$" {
		return false
	}
	for _, t := range gap[2:] {
		if t.Tag != "NNS" && t.Tag != "JJ" {
			return false
		}
	}
	return gap[len(gap)-1].Tag == "NNS"
}

// kinGap reports whether the words between two names in a list are
// "and" with an age in commas before it, or a possessive and a kin noun
// after it, or both, as news names a family: "Tom Wu, 42, and his wife
// Ann Wu", "Ann Lee and her son Bo Lee".
func kinGap(gap []nlp.Token) bool {
	aged := len(gap) > 3 && gap[0].Text == "," && gap[1].Tag == "CD" && gap[2].Text == ","
	if aged {
		gap = gap[3:]
	}
	if len(gap) == 0 || !strings.EqualFold(gap[0].Text, "and") {
		return false
	}
	if gap = gap[1:]; len(gap) == 0 {
		return aged
	}
	_, kin := kinNouns.get(gap[len(gap)-1].Lower())
	return len(gap) == 2 && gap[0].Tag == "PRP$" && kin
}

// tookUp records that a pronoun took up the coordination of tokens
// [start, end) of sentence si, the group g.
func (d *docState) tookUp(si, start, end int, g *docEntity) {
	for _, c := range d.coords {
		if c.si == si && c.m.start == start && c.m.end == end {
			return
		}
	}
	toks := d.input[si].Tokens
	d.coords = append(d.coords, coord{si, &mention{kind: mGroupRef, start: start, end: end,
		surface: joinText(toks[start:end]), ent: g, conf: 0.7}})
}

// coordinable reports whether m is a name of a person, which a
// coordination may join. States are left out: "they" after "Tunisia and
// Egypt" is mostly their people.
func coordinable(m *mention) bool {
	return (m.kind == mName || m.kind == mSingle) && m.ent != nil && !m.adj && !m.possessive &&
		m.ent.typ == schema.Person && m.ent.members == nil
}

// coordinations makes the coordinations that pronouns took up mentions of
// their groups, for [Resolver.Chains].
func (d *docState) coordinations() {
	for _, c := range d.coords {
		d.insert(c.si, c.m)
		c.m.ent.mentions[c.si] = true
	}
}

// joinedNames reports whether sentence si joins two names of any actors
// by "and" ("Tunisia and Egypt"): a "they" after it is about them, or
// their people, not an actor further back.
func (d *docState) joinedNames(si int) bool {
	toks := d.input[si].Tokens
	ms := d.sents[si]
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.ent != nil && b.ent != nil && (a.kind == mName || a.kind == mSingle) && (b.kind == mName || b.kind == mSingle) &&
			b.start == a.end+1 && strings.EqualFold(toks[a.end].Text, "and") {
			return true
		}
	}
	return false
}

// ageDesc returns the description made of "the" at token i of sentence si,
// s, and an age alone ("the 45-year-old", with no noun after it), when the
// document named before a person with that age: "Ann Lee, 45," or "45-year-old
// Ann Lee"; the last such person. It returns nil otherwise.
func (d *docState) ageDesc(si int, s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if toks[i].Lower() != "the" || i+1 >= len(toks) || coveringAt(ms, i+1) >= 0 {
		return nil
	}
	age, ok := strings.CutSuffix(toks[i+1].Lower(), "-year-old")
	if !ok || age == "" || i+2 < len(toks) && ageNounAfter(toks[i+2]) {
		return nil // "the 45-year-old man": [personNouns]' rules
	}
	var e *docEntity
	aged := false // some person was given an age
	for k := 0; k <= si && k < len(d.sents); k++ {
		ts := d.input[k].Tokens
		for _, m := range d.sents[k] {
			if k == si && m.start >= i || m.ent == nil || m.ent.typ != schema.Person || !named(m) {
				continue
			}
			after := m.end+1 < len(ts) && ts[m.end].Text == "," && ts[m.end+1].Tag == "CD"
			before := m.start > 0 && strings.HasSuffix(ts[m.start-1].Lower(), "-year-old")
			aged = aged || after || before
			if after && ts[m.end+1].Lower() == age || before && ts[m.start-1].Lower() == age+"-year-old" {
				e = m.ent
			}
		}
	}
	if e == nil && i == 0 && !aged && !d.ageWrittenBefore(si, toks[i+1].Lower()) {
		// "Niersbach served as vice-president of the committee. The
		// 65-year-old had resigned ...": an age no one was given, opening
		// the sentence, is the one person the sentences just before name.
		// Not after "a 65-year-old man was arrested": that unnamed man.
		e = d.lonePersonBefore(si)
	}
	if e == nil {
		return nil
	}
	return &mention{kind: mDesc, start: i, end: i + 2, surface: joinText(toks[i : i+2]), head: "year-old", body: e,
		possessive: i+2 < len(toks) && toks[i+2].Tag == "POS"}
}

// ageWrittenBefore reports whether a sentence before si writes the age
// word w ("65-year-old").
func (d *docState) ageWrittenBefore(si int, w string) bool {
	for k := 0; k < si && k < len(d.input); k++ {
		for _, t := range d.input[k].Tokens {
			if t.Lower() == w {
				return true
			}
		}
	}
	return false
}

// lonePersonBefore returns the person that the nearest of the two
// sentences before si to name a person names, when it names no other
// person, or nil.
func (d *docState) lonePersonBefore(si int) *docEntity {
	for k := si - 1; k >= 0 && k >= si-2 && k < len(d.sents); k-- {
		var e *docEntity
		for _, m := range d.sents[k] {
			if m.ent == nil || m.ent.typ != schema.Person || !named(m) {
				continue
			}
			if e != nil && e != m.ent {
				return nil
			}
			e = m.ent
		}
		if e != nil {
			return e
		}
	}
	return nil
}

// ageNounAfter reports whether t, after "the 45-year-old", is the noun the
// age describes: a plural, a name, an adjective, or a noun of a person
// ("man", "driver"). The tagger reads some verbs there as nouns ("the
// 45-year-old met/NN").
func ageNounAfter(t nlp.Token) bool {
	if t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || strings.HasPrefix(t.Tag, "JJ") {
		return true
	}
	_, person := personNouns[t.Lower()]
	return t.Tag == "NN" && (person || occupationNouns[t.Lower()] || !strings.HasSuffix(t.Lower(), "ed") && !irregularPast[t.Lower()])
}

// irregularPast are past tenses the tagger may read as nouns after "the
// 45-year-old".
var irregularPast = map[string]bool{"met": true, "won": true, "led": true, "told": true, "said": true, "left": true, "took": true, "became": true, "made": true}
