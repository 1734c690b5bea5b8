package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/schema"
)

// performedActs are the speech acts that a speaker does by saying he
// wishes to: "I want to thank Sweden" thanks Sweden.
var performedActs = map[string]bool{
	"thank": true, "congratulate": true, "apologise": true, "apologize": true, "commend": true,
	"praise": true, "salute": true, "welcome": true, "condemn": true,
}

// performedWishes are the modal words of a wish that performs the speech
// act it wishes ([performedActs]).
var performedWishes = map[string]bool{
	"would like to": true, "'d like to": true, "want to": true, "wish to": true, "wanted to": true,
}

// wishAdverbs may stand inside a wish: "would also like to", "really
// want to".
var wishAdverbs = map[string]bool{"also": true, "really": true, "just": true, "again": true, "sincerely": true, "truly": true, "first": true}

// performed reports whether x is a speech act of [performedActs] done by
// wishing it ([performedWishes]): "we would like to thank the Red Cross",
// "I want to congratulate Tom Wu"; not when denied ("I don't want to
// thank anyone").
func performed(x schema.Extraction) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if x.Negated || !performedActs[verb] {
		return false
	}
	for _, a := range x.Extra {
		if a.Role != "modal" {
			continue
		}
		w := strings.Fields(strings.ToLower(a.Text))
		w = slices.DeleteFunc(w, func(s string) bool { return wishAdverbs[s] })
		if performedWishes[strings.Join(w, " ")] {
			return true
		}
	}
	return false
}
