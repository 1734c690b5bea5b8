package entity

import "github.com/kg-project/kg/schema"

// sameSentenceNational returns the organisation that the description m of
// sentence si, a state's adjective and a noun ("the Italian company"),
// takes up from its own sentence when none named before it fits: the one
// organisation named earlier in the sentence that the noun describes and
// the facts so far or the gazetteer place in that state ("Fiat said it would buy the stake,
// which would give the Italian company control of Chrysler": Fiat is in
// Italy). A body of another state named there is not it ("Renault, which
// owns 44% of the Japanese carmaker"), nor one the facts place nowhere:
// two such, or none, give nil.
func (d *docState) sameSentenceNational(si int, m *mention) *docEntity {
	if m.country == nil {
		return nil
	}
	state := m.country.name
	if s := d.adjState(m.country); s != nil {
		state = s.name
	}
	e, two := d.only(schema.Organization, func(e *docEntity) bool {
		return e.last.sent == si && e.last.tok < m.start && describes(m.head, e) && (d.inState(e, state) || e.gaz != nil && e.gaz.of == state) && !d.otherState(e, state)
	})
	if two {
		return nil
	}
	return e
}
