package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// placeLists gives a place's hint to the guessed lone words listed with a
// place the gazetteer knows ([listedWithPlace]): "the towns damaged were
// Carrascal, Cantilan, Madrid and Carmen". The members of a list are of
// one kind; the recogniser, reading each word alone, takes some of them for
// persons. ms are the mentions of sents, changed in place.
func placeLists(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range ms {
		for j, m := range s {
			if m.kind == mSingle && m.guess && m.gaz == nil && listedWithPlace(sents[i], s, j) {
				m.hint = schema.GPE
			}
		}
	}
}

// titledPlace reports whether us[i], a title of one word, opens a run of
// capitalised words that ends in "City" or a region's head noun ("General
// Santos City", "Sultan Kudarat Province"), which names a place, or in a
// site's head noun ([siteHeads]: "Queen Victoria Market", "King George
// Square"), named after the titled one; a place's name may be among the
// words of a site's.
func titledPlace(s nlp.Sentence, us []unit, i int) bool {
	if us[i].end != us[i].start+1 || i+1 == len(us) || us[i+1].kind != uCap && us[i+1].kind != uEntry {
		return false
	}
	entry := us[i+1].kind == uEntry
	j := i + 1
	for j+1 < len(us) && (us[j+1].kind == uCap || us[j+1].kind == uEntry) {
		entry = entry || us[j+1].kind == uEntry
		j++
	}
	w := s.Tokens[us[j].end-1].Text
	return !entry && (w == "City" || regionNouns[w]) || us[j].kind == uCap && siteHeads[w]
}

// siteHeads end the names of sites that are often named after a titled
// person: "Queen Victoria Market", "King George Square". Not "Park", a
// surname ("President Ed Park").
var siteHeads = map[string]bool{
	"Market": true, "Square": true, "Street": true, "Road": true, "Avenue": true, "Bridge": true,
	"Stadium": true, "Arena": true, "Theatre": true, "Theater": true, "Airport": true, "Station": true, "Gardens": true,
	"Pier": true, "Terminal": true,
}
