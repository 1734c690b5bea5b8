package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// nationalityNoun returns the definite description made of "the" at token
// i of sentence si, s, up to two words of age ("the seventeen-year-old Swede", "the
// young Briton") and a nationality's noun, one of [demonymNouns] or a
// state's adjective used as a noun ("the Australian"), when it takes up a
// person the document named before ([docState.nationalOf]); or nil. The
// noun must end its noun phrase: a noun, a name or an adjective after it
// makes it an adjective ("the American people", "the Italian foreign
// minister", "the American Conservative").
//
// The description's country is the state's adjective, which no other
// mention of the sentence keeps as its own ("The Australian beat Kari
// Dahl" says nothing of Kari Dahl): a mention of the noun as a name
// ("Swede") gives way to it. It returns ms, changed, with the description.
func (d *docState) nationalityNoun(si int, s nlp.Sentence, ms []*mention, i int) ([]*mention, *mention) {
	toks := s.Tokens
	if toks[i].Lower() != "the" {
		return ms, nil
	}
	j := i + 1
	for j < len(toks) && j <= i+2 && ageWord(toks[j]) {
		j++
	}
	if j >= len(toks) || !isCap(toks[j].Text) {
		return ms, nil
	}
	w := toks[j].Text
	state := demonymNouns[w]
	if state == "" && singularDemonym(w) && d.r.g.entries[normKey(w)] == nil {
		state = d.r.g.demonyms[normKey(w)]
	}
	st := d.r.g.entries[normKey(state)]
	if state == "" || st == nil || st.typ != schema.GPE || !nounPhraseEnds(toks, j+1) {
		return ms, nil
	}
	k := coveringAt(ms, j)
	if k >= 0 && (ms[k].start != j || ms[k].end != j+1) {
		return ms, nil // part of a longer name
	}
	e := d.nationalOf(si, ms, st.name)
	if e == nil {
		return ms, nil
	}
	adj := &mention{kind: mName, start: j, end: j + 1, surface: w, name: st.name, typ: schema.GPE, adj: true, gaz: st}
	switch {
	case k >= 0 && ms[k].adj:
		adj = ms[k]
	case k >= 0:
		ms = append(ms[:k:k], ms[k+1:]...) // "Swede" read as a name
		fallthrough
	default:
		ms = insertMention(ms, adj)
	}
	for _, c := range ms {
		if c.country == adj {
			c.country = nil
		}
	}
	m := &mention{kind: mDesc, start: i, end: j + 1, surface: joinText(toks[i : j+1]), head: strings.ToLower(w),
		country: adj, body: e, possessive: j+1 < len(toks) && toks[j+1].Tag == "POS"}
	return ms, m
}

// singularDemonym reports whether w, a state's adjective, names one of
// its people after "the": "the Australian", "the Israeli"; "the British",
// "the Chinese" and "the Swiss" are its people or its government, and
// initials ("the US") name the state itself.
func singularDemonym(w string) bool {
	return strings.ToUpper(w) != w && (strings.HasSuffix(w, "n") || strings.HasSuffix(w, "i"))
}

// ageWord reports whether t is a word of a person's age before a noun:
// "sixteen-year-old", "young", "elderly" ([ageAdjectives]).
func ageWord(t nlp.Token) bool {
	w := t.Lower()
	return strings.HasSuffix(w, "-year-old") || ageAdjectives[w]
}

// nounPhraseEnds reports whether token j, right after a noun, ends its noun
// phrase: the sentence's end, a punctuation mark, a possessive, a verb,
// an adverb, a relative pronoun or a preposition other than "of".
func nounPhraseEnds(toks []nlp.Token, j int) bool {
	if j >= len(toks) {
		return true
	}
	t := toks[j]
	switch {
	case isCap(t.Text) || t.Lower() == "of":
		return false
	case t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ":" || t.Tag == "POS":
		return true
	}
	for _, p := range []string{"VB", "MD", "RB", "WP", "WDT", "IN"} {
		if strings.HasPrefix(t.Tag, p) {
			return true
		}
	}
	return false
}

// nationalOf returns the person that a description by the nationality of
// state takes up in sentence si, whose mentions are ms: the most recent person given that state
// so far ("Norwegian skier Ola Vik ... the Norwegian"), else the person of
// no known state mentioned most in the two sentences before, the most
// recent on a tie ("campaigner Lina Berg ... the Swede"); or nil. A person
// the sentence names before the description is someone else ("Ola Vik
// beat the Swede").
func (d *docState) nationalOf(si int, ms []*mention, state string) *docEntity {
	namedHere := func(e *docEntity) bool {
		for _, c := range ms {
			if c.kind == mName && c.typ == schema.Person && (normKey(c.name) == normKey(e.name) || e.aliases[c.surface]) {
				return true
			}
		}
		return false
	}
	if e := d.recent(func(e *docEntity) bool {
		return e.typ == schema.Person && e.members == nil && e.country != nil && e.country.name == state && !namedHere(e)
	}); e != nil {
		return e
	}
	var best *docEntity
	for _, e := range d.ents {
		if e.typ != schema.Person || e.members != nil || e.country != nil || e.last.sent < si-2 || namedHere(e) || d.fromOther(e, state) {
			continue
		}
		if best == nil || e.n > best.n || e.n == best.n && best.last.less(e.last) {
			best = e
		}
	}
	return best
}

// fromOther reports whether the document's facts so far make e from a
// state other than the named one.
func (d *docState) fromOther(e *docEntity, state string) bool {
	for _, f := range d.facts {
		if f.subj == e && f.Lemma == schema.From && f.obj != nil && f.obj.typ == schema.GPE && f.obj.name != state {
			return true
		}
	}
	return false
}

// nationalityFact gives the person that m, a description of
// [docState.nationalityNoun] or [docState.modifiedPerson] in sentence si,
// took up the state of its nationality: "the Swede" and "the Swedish
// activist" are from Sweden.
func (d *docState) nationalityFact(si int, s nlp.Sentence, m *mention) {
	if m.kind != mDesc || m.country == nil || m.country.ent == nil || m.ent == nil || m.ent.typ != schema.Person || m.body != m.ent {
		return
	}
	if m.ent.country == nil {
		m.ent.country = m.country.ent
	}
	d.derive(si, argOf(s, m), m.surface, schema.From, m.ent, m.country.ent, "", fromConf)
}

// nationalPlace returns the description made of "the" at token i of s, a
// state's adjective and a noun of a town or an area ("the Australian
// city", "the Spanish island"), when the document has named such a place
// in that state: the most recent one, which it takes up; or nil. A name,
// "of" or a comma before a name after the noun names the place there ("the
// Canadian city of Toronto", "the British capital London").
func (d *docState) nationalPlace(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if toks[i].Lower() != "the" || i+2 >= len(toks) {
		return nil
	}
	k := coveringAt(ms, i+1)
	if k < 0 || !ms[k].adj || ms[k].start != i+1 || ms[k].typ != schema.GPE || ms[k].end >= len(toks) {
		return nil
	}
	j := ms[k].end
	w := toks[j].Lower()
	if kind := placeDescs.at(w); kind != aTown && kind != anArea || isCap(toks[j].Text) || coveringAt(ms, j) >= 0 || namesOther(toks, j+1) {
		return nil
	}
	st := d.adjState(ms[k])
	if st == nil {
		return nil
	}
	e := d.recent(func(e *docEntity) bool { return e != st && describes(w, e) && d.r.within(e, st.name) })
	if e == nil {
		return nil
	}
	return &mention{kind: mDesc, start: i, end: j + 1, surface: joinText(toks[i : j+1]), head: w, country: ms[k], body: e,
		possessive: j+1 < len(toks) && toks[j+1].Tag == "POS"}
}

// nationalPlaceFact gives the place that m, a description of
// [docState.nationalPlace] in sentence si, took up the state of its
// adjective: "the Australian city" is in Australia.
func (d *docState) nationalPlaceFact(si int, s nlp.Sentence, m *mention) {
	if m.kind != mDesc || m.country == nil || m.country.ent == nil || m.ent == nil || m.body != m.ent || !isPlace(m.ent) {
		return
	}
	d.derive(si, argOf(s, m), m.surface, schema.LocateIn, m.ent, m.country.ent, "", roleConf)
}

// capitalDesc returns the description made of "the" at token i of s and
// "capital" or "capital city" with nothing after it that names the place
// ("the capital of Peru", "the capital, Lima,"), when the document has
// named a state's capital before: the most recent one, which it takes up
// ("Berg was elected mayor of the capital city" after Oslo); or nil.
// [placeDescs] leaves "capital" out: alone, it is the capital of the state
// at hand, whichever town the report named last.
func (d *docState) capitalDesc(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	j := i + 1
	if toks[i].Lower() != "the" || j >= len(toks) || toks[j].Text != "capital" || coveringAt(ms, j) >= 0 {
		return nil
	}
	if j+1 < len(toks) && toks[j+1].Text == "city" {
		j++
	}
	if namesOther(toks, j+1) || j+1 < len(toks) && toks[j+1].Text == "," {
		return nil
	}
	if j+2 < len(toks) && toks[j+1].Lower() == "in" && isCap(toks[j+2].Text) {
		return nil // "to the capital in Kabul": the place is named after it
	}
	e := d.recent(func(e *docEntity) bool {
		return e.typ == schema.GPE && (e.gaz != nil && e.gaz.capitalOf != "" || d.r.districtCapital(e) != nil)
	})
	if e == nil {
		return nil
	}
	return &mention{kind: mDesc, start: i, end: j + 1, surface: joinText(toks[i : j+1]), head: "capital", body: e,
		possessive: j+1 < len(toks) && toks[j+1].Tag == "POS"}
}

// districtCapital returns the gazetteer's capital that e, a place named
// by a town and "D.C." ([districtTown]: "Washington, D.C."), names, or
// nil: joining the town and the district dropped the town's entry.
func (r *Resolver) districtCapital(e *docEntity) *entry {
	town, ok := strings.CutSuffix(e.name, " D.C.")
	if !ok || e.gaz != nil {
		return nil
	}
	if g := r.g.entries[normKey(town)]; g != nil && g.capitalOf != "" {
		return g
	}
	return nil
}
