package nlp

import "testing"

// TestHyphenOffice checks that a deputy's word joined by a hyphen to the
// noun of an office is a noun, which the tagger reads as an adjective,
// while an adjective made of them stays one.
func TestHyphenOffice(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik Group vice-president Tom Wu spoke on Monday.", "vice-president", "NN", "a vice-president before a name"},
		{"Halvik Group vice-chairman Tom Wu spoke on Monday.", "vice-chairman", "NN", "a vice-chairman before a name"},
		{"Ann Lee is the party's deputy-leader.", "deputy-leader", "NN", "a deputy leader closing the phrase"},
		{"Tom Wu ended his vice-presidential campaign.", "vice-presidential", "JJ", "the adjective stays"},
	})
}
