package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// venueType returns the type that the words beside m, a guessed name of
// several words of s that the recogniser reads as a person's, give it, or
// "" when they give none:
//
//   - a Location when it ends in a head noun of a site that is also a
//     surname ("Park", "Hall": [surnameSiteHeads]) and comes where a place
//     comes: after "in", "near" or "at", or after one of these and a
//     place's possessive ("in London's Hyde Park", "a fire broke out at
//     Bontddu Hall"), but not after a verb that aims "at" someone ("shouted
//     at Tom Hall"); a name opening with a given name needs "the" before
//     it ("in the Lincoln Park"; "in Oslo's Ed Park" may be a person);
//   - a Location when a noun for a site comes right before it, or before
//     "called" or "named" and it ("a site called Abri Peyrony", "the
//     village of" is left to the place rules);
//   - a Location when it is listed with places after "in", "at", "near"
//     or "from" ("catacombs in Saqqara and Tuna el-Gebel", "sites at
//     Abydos, Saqqara, and Tuna el-Gebel": [placeListed]);
//   - a Location when a noun for a part of a town follows it ("Seattle's
//     Capitol Hill neighborhood": [areaNouns]);
//   - an Organization when a noun for a business that serves its guests
//     follows it ("Cipriani Dolci restaurant"), unless it opens with a
//     given name ("the Gordon Ramsay restaurant" is a restaurant of the
//     chef's).
func (r *Resolver) venueType(s nlp.Sentence, ms []*mention, m *mention) schema.EntityType {
	toks := s.Tokens
	last := toks[m.end-1].Text
	if surnameSiteHeads[last] && r.placeBefore(s, m) || r.placeListed(s, ms, m) {
		return schema.Location
	}
	k := m.start - 1
	if k >= 1 && (toks[k].Lower() == "called" || toks[k].Lower() == "named") {
		k--
	}
	if k >= 0 && isNoun(toks[k]) && siteNouns[toks[k].Lower()] {
		return schema.Location
	}
	if m.end < len(toks) && isNoun(toks[m.end]) && !r.g.given(toks[m.start].Text) {
		switch w := toks[m.end].Lower(); {
		case venueNouns[w]:
			return schema.Organization
		case areaNouns[w]:
			return schema.Location
		}
	}
	return ""
}

// placeBefore reports whether the words before m, a mention of s, put it
// where a place goes (see [Resolver.venueType]).
func (r *Resolver) placeBefore(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	k := m.start - 1
	the := k >= 0 && toks[k].Lower() == "the"
	if the {
		k--
	} else if k >= 2 && toks[k].Tag == "POS" && isCap(toks[k-1].Text) {
		k -= 2 // "in London's Hyde Park"
	}
	if k < 0 || !the && r.g.given(toks[m.start].Text) {
		return false
	}
	switch toks[k].Lower() {
	case "in", "near", "inside", "outside":
		return true
	case "at":
		return k == 0 || !atVerbs[toks[k-1].Lower()]
	}
	return false
}

// surnameSiteHeads end the names of sites and are also surnames, so that
// only the words before such a name say it is a site's.
var surnameSiteHeads = map[string]bool{"Park": true, "Hall": true, "Gardens": true, "Green": true}

// atVerbs aim at someone with "at": "shouted at Tom Hall".
var atVerbs = map[string]bool{
	"look": true, "looked": true, "looking": true, "looks": true, "stared": true, "staring": true, "glanced": true,
	"shouted": true, "yelled": true, "screamed": true, "smiled": true, "laughed": true, "pointed": true, "aimed": true,
	"fired": true, "swung": true, "threw": true, "hurled": true, "lashed": true, "snapped": true, "waved": true,
	"jabbed": true, "grinned": true, "nodded": true, "directed": true, "angry": true, "upset": true, "mad": true,
}

// siteNouns name a site before its name: "a site called Abri Peyrony",
// "another site Abri Peyrony".
var siteNouns = map[string]bool{
	"site": true, "sites": true, "cave": true, "caves": true, "shelter": true, "settlement": true,
	"village": true, "hamlet": true, "mall": true, "venue": true,
}

// venueNouns name a business that serves its guests, after its name:
// "Cipriani Dolci restaurant".
var venueNouns = map[string]bool{
	"restaurant": true, "restaurants": true, "cafe": true, "café": true, "bistro": true, "pub": true,
	"bar": true, "nightclub": true, "bakery": true, "brewery": true, "winery": true, "pizzeria": true,
	"hotel": true, "boutique": true,
}

// placeListed reports whether m, a mention among ms of s, opening with
// no given name and followed by no "in" or "at", is the last of a list of names joined by commas and a
// final "and" or "or", the others all places, known or hinted, none of
// them a possessive or an adjective, and the list comes right after "in",
// "at", "near" or "from".
func (r *Resolver) placeListed(s nlp.Sentence, ms []*mention, m *mention) bool {
	toks := s.Tokens
	if r.g.given(toks[m.start].Text) || m.end < len(toks) && (toks[m.end].Text == "in" || toks[m.end].Text == "at") {
		return false // "from Travel Heels in Taasinge or Vagabond Tours in Tranekær": a body in a place
	}
	in := map[int]*mention{}
	for _, n := range ms {
		in[n.end-1] = n
	}
	k, and := m.start-1, false
	for k >= 0 && (toks[k].Text == "and" || toks[k].Text == "or") {
		k, and = k-1, true
	}
	if k >= 0 && toks[k].Text == "," {
		k-- // "Abydos, Saqqara, and Tuna el-Gebel"
	}
	for and {
		n := in[k]
		if n == nil || n == m || n.possessive || n.adj || !isPlaceType(n.typ) && !isPlaceType(n.hint) {
			return false
		}
		k = n.start - 1
		if k < 1 || toks[k].Text != "," {
			break
		}
		k--
	}
	if !and || k < 0 {
		return false
	}
	switch toks[k].Lower() {
	case "in", "at", "near", "from":
		return true
	}
	return false
}

// areaNouns name a part of a town after its name: "Seattle's Capitol
// Hill neighborhood".
var areaNouns = map[string]bool{
	"neighborhood": true, "neighbourhood": true, "district": true, "suburb": true, "borough": true, "precinct": true,
}
