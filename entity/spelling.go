package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// izeVerbs are the verbs in "-ise" that American English writes in "-ize".
// The lemmas kg reads from nouns and adjectives ("criticism", "critical
// of", "recognition") are written in "-ise"; a verb read from the text
// keeps the text's own spelling.
var izeVerbs = map[string]bool{
	"apologise": true, "authorise": true, "characterise": true, "colonise": true, "criticise": true,
	"demonise": true, "destabilise": true, "emphasise": true, "equalise": true, "finalise": true,
	"harmonise": true, "hospitalise": true, "jeopardise": true, "legalise": true, "legitimise": true,
	"mobilise": true, "nationalise": true, "neutralise": true, "normalise": true, "organise": true,
	"ostracise": true, "penalise": true, "privatise": true, "realise": true, "recognise": true,
	"scrutinise": true, "stabilise": true, "subsidise": true, "sympathise": true, "terrorise": true,
	"vandalise": true,
}

// spelling returns how the document spells the "-ise" verbs: spell(lemma)
// gives lemma with its first word in "-ize" when the document writes such
// words in "-ize" ("organized", "recognizing", "organization") and never
// writes that verb itself in "-ise" ("criticised" keeps "criticise"), and
// lemma unchanged otherwise. The scorer and the user's queries compare
// lemmas as written, so a text's own spelling is the one to answer with.
func spelling(sents []nlp.Sentence) func(string) string {
	var american, scanned bool
	var written map[string]bool // the -ise verbs the text itself writes so
	scan := func() {
		scanned, written = true, map[string]bool{}
		for _, s := range sents {
			for _, t := range s.Tokens {
				w := t.Lower()
				if stem, ok := izeStem(w, "iz"); ok && len(stem) >= 4 && stem != "caps" {
					american = true
				} else if stem, ok := izeStem(w, "is"); ok && izeVerbs[stem+"ise"] {
					written[stem+"ise"] = true
				}
			}
		}
	}
	return func(lemma string) string {
		verb, rest, found := strings.Cut(lemma, "_")
		neg := ""
		if verb == "not" && found {
			neg = "not_"
			verb, rest, found = strings.Cut(rest, "_")
		}
		if !izeVerbs[verb] {
			return lemma
		}
		if !scanned {
			scan() // only documents with such a lemma pay for the scan
		}
		if !american || written[verb] {
			return lemma
		}
		verb = strings.TrimSuffix(verb, "ise") + "ize"
		if found {
			return neg + verb + "_" + rest
		}
		return neg + verb
	}
}

// izeStem returns the stem of w before "-ise"/"-ize" (infix "is" or "iz")
// and its endings ("organizes", "organized", "organizing",
// "organization"), with a consonant before the infix: "seize" and
// "prize" have none to spare.
func izeStem(w, infix string) (string, bool) {
	if !strings.Contains(w, infix) {
		return "", false
	}
	for _, end := range []string{"e", "es", "ed", "ing", "ation", "ations"} {
		stem, ok := strings.CutSuffix(w, infix+end)
		if !ok || len(stem) < 3 || strings.ContainsRune("aeiou", rune(stem[len(stem)-1])) {
			continue
		}
		return stem, true
	}
	return "", false
}
