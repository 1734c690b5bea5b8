package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/schema"
)

// openerSurname returns the person named before whose name the name
// mention m of sentence si repeats after a word that opens the sentence
// and is no name's ("Longtime Imus in the Morning writer ...", "Afterwards
// Trump said", "Legendary Lee criticised" after Don Imus, Donald Trump and
// Ann Lee): a first word the tagger does not take for a proper noun, that
// is no given name nor title, before a name whose words end a person's
// name of the document. m then spans the name alone. It returns nil, and
// leaves m, otherwise; a name the document has given as a whole is its
// own ("Christian Keysers" is no Keysers with "Christian" before him).
func (d *docState) openerSurname(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	if m.kind != mName || m.typ != schema.Person || m.gaz != nil || m.end-m.start < 2 || !sentenceFirst(toks, m.start) {
		return nil
	}
	first := toks[m.start]
	if strings.HasPrefix(first.Tag, "NNP") || !isCap(first.Text) || d.r.g.givenGender(first.Text+" x") != 0 {
		return nil
	}
	if _, ok := d.r.g.titles[normKey(first.Text)]; ok {
		return nil
	}
	f := strings.Fields(m.name)
	if len(f) < 2 || f[0] != first.Text {
		return nil
	}
	if e, _ := lookupKey(d.byKey, m.name); e != nil {
		return nil
	}
	rest := nameWords(strings.Join(f[1:], " "))
	e := d.recent(func(e *docEntity) bool {
		return e.typ == schema.Person && len(e.tokens) > len(rest) && slices.Equal(e.tokens[len(e.tokens)-len(rest):], rest)
	})
	if e == nil {
		return nil
	}
	m.start++
	m.name = strings.Join(f[1:], " ")
	m.surface = joinText(toks[m.start:m.end])
	m.full = m.surface
	return e
}
