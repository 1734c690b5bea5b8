package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// modifiedPerson returns the description made of "the" at token i of
// sentence si, s, one or two words of age, "married" or a state's
// adjective, and a lower-case noun that takes up people named before, as
// the noun alone would ([docState.laterDescs]): a noun put before a
// person's name ("the young activist", "the 67-year-old killer" after
// "serial killer Bo Dahl"), a noun of [personNouns] ("the elderly man")
// or of [pairNouns] ("the married couple"); or nil. With a state's
// adjective ("the Swedish activist") the person is one given that state,
// or of no known state ([docState.nationalPerson]); a noun of
// [personNouns] or [pairNouns] takes none, nor does a title, which
// [docState.nationalHolder] reads for the state's holders alone. A noun, a name, "of" or a
// relative pronoun after the noun names someone else ([namesOther]).
func (d *docState) modifiedPerson(si int, s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if toks[i].Lower() != "the" {
		return nil
	}
	j := i + 1
	var adj *mention
	for j < len(toks) && j <= i+2 {
		if ageWord(toks[j]) || toks[j].Lower() == "married" {
			j++
			continue
		}
		k := coveringAt(ms, j)
		if adj != nil || k < 0 || !ms[k].adj || ms[k].start != j || ms[k].typ != schema.GPE {
			break
		}
		adj, j = ms[k], ms[k].end
	}
	if j == i+1 || j >= len(toks) {
		return nil
	}
	w := toks[j].Text
	if isCap(w) || !strings.HasPrefix(toks[j].Tag, "NN") || coveringAt(ms, j) >= 0 || namesOther(toks, j+1) || coordinatedOffice(toks, j+1) {
		return nil
	}
	_, person := personNouns[w]
	pair := pairNouns[w]
	if (person || pair) && adj != nil || !person && !pair && toks[j].Tag != "NN" {
		return nil
	}
	m := &mention{kind: mDesc, start: i, end: j + 1, surface: joinText(toks[i : j+1]), head: w,
		possessive: j+1 < len(toks) && toks[j+1].Tag == "POS"}
	switch {
	case person || pair:
		return m
	case adj == nil:
		if !d.personDesc(w) {
			return nil
		}
		return m
	}
	if _, title := d.r.g.titles[normKey(w)]; title {
		return nil // "the Norwegian minister", "the French ambassador to Kenya": [docState.nationalHolder]
	}
	e := d.nationalPerson(si, ms, w, adj)
	if e == nil {
		return nil
	}
	m.country, m.body = adj, e
	return m
}

// personDesc reports whether noun w describes a person named so far: a
// noun put before the name ([nounBefore]) or a title's.
func (d *docState) personDesc(w string) bool {
	for _, e := range d.ents {
		if e.typ == schema.Person && e.desc[w] {
			return true
		}
	}
	return false
}

// nationalPerson returns the most recent person whose descriptor nouns
// hold w and who is given the state of adj, a state's adjective, or no
// state yet, nor a fact from another ("the Swedish activist" after
// "activist Lina Berg"); or nil.
func (d *docState) nationalPerson(si int, ms []*mention, w string, adj *mention) *docEntity {
	st := d.adjState(adj)
	if st == nil {
		return nil
	}
	return d.recent(func(e *docEntity) bool {
		return e.typ == schema.Person && e.members == nil && e.desc[w] &&
			(e.country == st || e.country == nil && !d.fromOther(e, st.name))
	})
}

// marriedPair gives the two members of the couple that m, a description
// "the married couple" in sentence si, took up the fact that they are
// married.
func (d *docState) marriedPair(si int, s nlp.Sentence, m *mention) {
	if m.kind != mDesc || !pairNouns[m.head] || m.ent == nil || len(m.ent.members) != 2 {
		return
	}
	for _, t := range s.Tokens[m.start:m.end] {
		if t.Lower() == "married" {
			a, b := m.ent.members[0], m.ent.members[1]
			d.derive(si, argOf(s, m), m.surface, "married_to", a, b, "", roleConf)
			return
		}
	}
}
