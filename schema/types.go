package schema

import "github.com/cayleygraph/quad"

// EntityType is the class of an actor or concept node.
type EntityType string

// Entity types. The zero value, "", means the type is unknown.
const (
	// Person is a named human being ("Kim Jong Bok").
	Person EntityType = "Person"
	// Organization is an agency, army, alliance, ministry, news agency,
	// company or party ("NATO", "Korean People's Army").
	Organization EntityType = "Organization"
	// GPE is a geo-political entity: a country, city or region with a
	// government ("North Korea", "Pyongyang", "Kursk").
	GPE EntityType = "GPE"
	// Location is a place without a government (a river, a sea, a front).
	Location EntityType = "Location"
	// Group is a set of people named by what they share, often a nationality
	// ("North Korean troops", "Ukrainian forces").
	Group EntityType = "Group"
	// Concept is any other noun phrase that takes part in a fact
	// ("an investigation", "international sanctions").
	Concept EntityType = "Concept"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Organization, GPE, Location, Group, Concept}

// Prefer returns the type a node takes when documents type it both t and
// u: an organisation over a place, a place over a group, a group over a
// person, any actor over a concept, and any type over none. Names that
// documents disagree on are mostly single words, and a lone capitalised word
// that the recogniser cannot place reads as a person ("Ladbrokes said",
// "Chelsea won"), while an organisation or a place is rarely typed so
// without evidence. The choice depends on neither order, so every reader of
// a store gives a node the same type.
func Prefer(t, u EntityType) EntityType {
	if rank(u) < rank(t) {
		return u
	}
	return t
}

// preference orders the types for [Prefer], preferred first.
var preference = []EntityType{Organization, GPE, Location, Group, Person, Concept}

func rank(t EntityType) int {
	for i, p := range preference {
		if p == t {
			return i
		}
	}
	return len(preference)
}

// IRI returns the class IRI of t, such as <kg:Person>.
func (t EntityType) IRI() quad.IRI {
	return quad.IRI(Namespace + string(t))
}

// IsActor reports whether entities of type t are actors: people,
// organisations, places and groups, but not concepts.
func (t EntityType) IsActor() bool {
	return t != "" && t != Concept
}

// ParseEntityType returns the entity type named s, ignoring case, and false
// when s names none.
func ParseEntityType(s string) (EntityType, bool) {
	for _, t := range EntityTypes {
		if equalFold(string(t), s) {
			return t, true
		}
	}
	switch {
	case equalFold(s, "org"):
		return Organization, true
	case equalFold(s, "place"), equalFold(s, "loc"):
		return Location, true
	}
	return "", false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
