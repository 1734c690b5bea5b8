package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// givenThenOrg returns the person named by a run of two words, a given
// name the gazetteer lists and the one-word name of an organisation it
// knows ("Michael Bloomberg", "Henry Ford", "Michael Dell"), or nil for any
// other run: a body named after its founder takes his surname, and his
// given name before it names him, not the body. An acronym ("John BBC")
// or a longer name ("Michael Reuters Foundation") keeps the rules'
// reading.
func (r *Resolver) givenThenOrg(s nlp.Sentence, seg []unit, orgNext bool) *mention {
	if len(seg) != 2 || orgNext || seg[0].kind != uCap || seg[1].kind != uEntry ||
		seg[0].end-seg[0].start != 1 || seg[1].end-seg[1].start != 1 || seg[1].e.typ != schema.Organization {
		return nil
	}
	w, org := s.Tokens[seg[0].start], s.Tokens[seg[1].start]
	if w.Tag != "NNP" || !r.g.given(w.Text) || isAcronym(org.Text) || r.g.entries[normKey(w.Text)] != nil {
		return nil
	}
	a, b := seg[0].start, seg[1].end
	m := &mention{kind: mName, start: a, end: b, surface: spanText(s, a, b), typ: schema.Person}
	m.name = cleanName(m.surface)
	return m
}

// surnameSites are the [siteWords] that are frequent surnames too
// ("Darrell Castle", "Shirley Temple", "John Tower").
var surnameSites = map[string]bool{"Castle": true, "Temple": true, "Tower": true, "Lane": true}

// nameArticles are the articles that open the names of places and
// things in Romance languages and Arabic ("La Silla", "El Niño"), which
// the given-name lists hold too.
var nameArticles = map[string]bool{"La": true, "El": true, "Le": true, "Los": true, "Las": true, "Al": true, "Il": true, "Lo": true}

// placeLast are words that end the names of towns, sites and parks and
// that [siteWords] and the gazetteer's heads leave out ("Town Hall",
// "Marsh Harbour"); "Hall" ends people's names too.
var placeLast = map[string]bool{
	"Hall": true, "Harbour": true, "Harbor": true, "Beach": true, "Park": true, "Garden": true, "Gardens": true,
	"Village": true, "Town": true, "City": true, "Springs": true, "Falls": true, "Heights": true, "Hills": true,
	"Point": true, "Place": true,
}

// givenSurname reports whether name, two words, is a person's: a given
// name the lists give one sex only ([gazetteer.sexOf]) and no place of its own, then
// a word that ends the names of no places, bodies or sites, unless it is
// a frequent surname too ([surnameSites]). "Ross Perot", "Darrell
// Castle"; not "Victoria Falls", "Albert Square", "Florence Airport".
func (r *Resolver) givenSurname(name []string) bool {
	if len(name) != 2 || r.g.sexOf(name[0]+" "+name[1]) == 0 || r.g.entries[normKey(name[0])] != nil ||
		nameArticles[name[0]] || compassWords[name[0]] || placeFirst[name[0]] || r.g.is("notname", name[0]) {
		return false
	}
	w := name[1]
	if siteWords.has(w) && !surnameSites[w] || placeLast[w] {
		return false
	}
	return !r.g.is("placehead", w) && !r.g.is("regionhead", w) && !r.g.is("orghead", w) && !periodWord(w) && !workWords[w]
}
