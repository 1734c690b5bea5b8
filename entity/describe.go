package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// A placeKind is the kind of place a descriptive noun names.
type placeKind byte

const (
	// aCountry is a sovereign state: "the country", "this nation".
	aCountry placeKind = iota + 1
	// aTown is a settlement: "the city", "the town", "the capital".
	aTown
	// anArea is a part of a country: "the island", "the state". "The
	// region" is left out: news uses it for the area around anything ("in
	// the region").
	anArea
)

// placeDescs are the nouns of definite descriptions of places ("the city",
// "this country") and the kind of place each names.
var placeDescs = map[string]placeKind{
	"country": aCountry, "nation": aCountry,
	"city": aTown, "town": aTown, "village": aTown, "capital": aTown, "municipality": aTown,
	"province": anArea, "island": anArea, "state": anArea, "neighborhood": anArea, "neighbourhood": anArea,
}

// describes reports whether the description with head noun head may name
// e: a place of the kind the noun names, or an actor whose descriptor
// nouns hold it ("the alliance" for NATO, "the party" for the
// Conservative Party, "the minister" for a person titled Foreign
// Minister).
func describes(head string, e *docEntity) bool {
	k := placeDescs[head]
	if k == 0 {
		return e.desc[head]
	}
	if e.typ != schema.GPE && e.typ != schema.Location {
		return false
	}
	country := e.typ == schema.GPE && e.gaz != nil && e.gaz.in == "" && e.gaz.capitalOf == ""
	switch k {
	case aCountry:
		return country
	case aTown:
		return e.typ == schema.GPE && !country
	}
	return !country
}

// titleDescs returns the descriptor nouns a title gives its holder: the
// title and its last word ("foreign minister", "minister").
func titleDescs(t *title) []string {
	low := strings.ToLower(t.name)
	if i := strings.LastIndexByte(low, ' '); i >= 0 {
		return []string{low, low[i+1:]}
	}
	return []string{low}
}
