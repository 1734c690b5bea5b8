package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/schema"
)

// brandShaped reports whether w, one word, is written as the names of
// firms, sites and software are and those of places are not: a capital
// inside it after a lower-case letter ("GitHub", "MiVote", "ZooMS"). A
// surname's particle before the capital ("McAllen", "DeKalb", "LaSalle")
// is no such sign.
func brandShaped(w string) bool {
	prev, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(prev) {
		return false
	}
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return !nameParticles[w[:i]]
		}
		prev = r
	}
	return false
}

// nameParticles open names of places and people before a second capital.
var nameParticles = map[string]bool{
	"Mc": true, "Mac": true, "De": true, "Di": true, "Da": true, "Du": true, "La": true, "Le": true,
	"Van": true, "Von": true, "Fitz": true, "Kwa": true,
}

// brandHint returns the hint of a lone unknown word that the recogniser
// typed t: an organisation's for a place's or a person's when the word is
// shaped as a brand ([brandShaped]: "GitHub", "NationsBank"), t otherwise.
// The recogniser, which has seen few such words, reads them as places or
// persons.
func brandHint(w string, t schema.EntityType) schema.EntityType {
	if (t == schema.GPE || t == schema.Person) && brandShaped(strings.TrimSuffix(w, "'s")) {
		return schema.Organization
	}
	return t
}
