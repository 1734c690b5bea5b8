package entity

import "github.com/kg-project/kg/schema"

// nicknamed returns the person the document named before by the quoted
// nickname and surname of name mention m ("Guitarist Eddie Van Halen
// dies" before "Edward Lodewijk \"Eddie\" Van Halen"), or nil. A person
// so far named by the nickname takes the given name instead.
func (d *docState) nicknamed(m *mention) *docEntity {
	if m.typ != schema.Person && m.typ != "" {
		return nil
	}
	if e, _ := lookupKey(d.byKey, m.nick); e != nil && e.typ == schema.Person {
		if normKey(e.name) == normKey(m.nick) {
			d.rename(e, m.name) // the fullest name the document gives
		}
		return e
	}
	return nil
}

// noteNick makes the nickname and surname of mention m a name of e, the
// person m names, for a later "Spike Cohen" after "Jeremy \"Spike\"
// Cohen", unless another actor has that name.
func (d *docState) noteNick(m *mention, e *docEntity) {
	if m.nick == "" || e.typ != schema.Person {
		return
	}
	if o, _ := lookupKey(d.byKey, m.nick); o != nil {
		return
	}
	d.byKey[normKey(m.nick)] = e
	e.aliases[m.nick] = true
	d.byAlias = nil
}
