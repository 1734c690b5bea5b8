package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// thingContext reports whether the words beside m, a mention of s, say it
// names a thing that is no actor: a star, a planet or another body of the
// sky, a telescope or a craft, a method of a study, or a species. The
// words are a lower-case noun of [thingKinds] right before it ("the
// exoplanet Velmor b", "host star AB Velmora", "this method ZorbMS"), or
// one heading an apposition after it or the complement of "is a" ("AB
// Velmora, a Herbig star"; "Velmor is a gas giant"), or "called" or
// "known as" after such a noun ("a technique called Zorb Profiling"), or
// a noun of [craftKinds] after it, "space" between them or not ("the
// Kepler space telescope").
// "star" alone also names people ("the pop star Ann Lee"): only after a
// word of [starWords] ("host star", "dwarf star") is it a star of the sky.
func thingContext(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	k := m.start - 1
	if k >= 0 && quoteMark(toks[k].Text) != 0 {
		k--
	}
	if k >= 1 && (toks[k].Lower() == "called" || toks[k].Lower() == "named" || toks[k].Lower() == "as" && toks[k-1].Lower() == "known") {
		k-- // "a technique called ZorbMS"
		if toks[k].Lower() == "known" {
			k--
		}
	}
	if k >= 0 && isNoun(toks[k]) && !isCap(toks[k].Text) && thingKind(toks, k) {
		return true
	}
	if k := m.end; k+1 < len(toks) && toks[k].Lower() == "space" && craftKinds[toks[k+1].Lower()] || k < len(toks) && craftKinds[toks[k].Lower()] {
		return true // "NASA's James Webb space telescope", "the Kepler Telescope"
	}
	if kind := strings.TrimSuffix(toks[m.end-1].Lower(), "s"); m.end-m.start > 1 && kind != "rover" && craftKinds[kind] {
		// "the Very Large Telescopes", "the Mars Reconnaissance Orbiter";
		// not "Land Rover", a firm, nor "Oslo Rovers", a club.
		return true
	}
	h := complementHead(toks, m)
	return h >= 0 && isNoun(toks[h]) && thingKind(toks, h)
}

// craftKinds are the nouns of [thingKinds] for an instrument or a craft,
// which also follow the name they take from a person ("the Kepler space
// telescope").
var craftKinds = map[string]bool{"telescope": true, "spacecraft": true, "rover": true, "lander": true, "orbiter": true}

// thingKind reports whether token k of toks is a noun of [thingKinds], or
// "star" after a word of [starWords].
func thingKind(toks []nlp.Token, k int) bool {
	w := toks[k].Lower()
	if w == "star" || w == "stars" {
		return k > 0 && starWords[toks[k-1].Lower()]
	}
	return thingKinds.has(w)
}

// thingKinds are the nouns for kinds of things that news names as it
// names actors: bodies of the sky and the craft and instruments that
// watch them, methods of a study, and living kinds. Nouns that also
// describe a person or a body ("giant", "pioneer", "model") are left out.
var thingKinds = newWordSet(map[string]bool{
	"planet": true, "exoplanet": true, "exoplanets": true, "galaxy": true, "galaxies": true, "nebula": true,
	"comet": true, "asteroid": true, "constellation": true, "quasar": true, "pulsar": true, "supernova": true,
	"protostar": true, "telescope": true, "spacecraft": true, "rover": true, "lander": true, "orbiter": true,
	"method": true, "technique": true, "methodology": true, "algorithm": true,
	"species": true, "subspecies": true, "genus": true, "bacterium": true, "fungus": true, "dinosaur": true,
})

// starWords are the words before "star" that make it a star of the sky.
var starWords = map[string]bool{
	"host": true, "parent": true, "dwarf": true, "neutron": true, "binary": true, "variable": true,
	"central": true, "giant": true, "companion": true, "sun-like": true,
}

// thingShortForms adds to things, made when nil, the last word of each
// name of sents closed by a noun of [thingKinds], "space" between them
// left out: "Webb" of "the James Webb Space Telescope",
// "Hubble" of "NASA's Hubble Telescope", the short form by which the text
// goes on to name the instrument ("Webb is poised to answer"). It returns
// things.
func thingShortForms(sents []nlp.Sentence, things map[string]bool) map[string]bool {
	for _, s := range sents {
		toks := s.Tokens
		for k := 1; k < len(toks); k++ {
			j := k - 1
			if toks[j].Lower() == "space" {
				j--
			}
			if j < 0 || !isCap(toks[j].Text) || !thingKinds.has(toks[k].Lower()) {
				continue
			}
			if things == nil {
				things = map[string]bool{}
			}
			things[toks[j].Text] = true
		}
	}
	return things
}
