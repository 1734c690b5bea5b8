package extract_test

import "testing"

// TestDeterminerQuantityAdverb checks that a quantity adverb between a
// determiner and a number ("its roughly 2000 stores", "the nearly 300
// workers") stays inside the noun phrase, so that the phrase is the verb's
// object and the prepositional phrases after it still reach the verb.
func TestDeterminerQuantityAdverb(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Velco sold its roughly 40 shops to Arvid Group in May.",
			"Velco", "sold", "its roughly 40 shops", "possessive, adverb, number"},
		{"Velco moved the nearly 300 workers to Dalby.",
			"Velco", "moved", "the nearly 300 workers", "article, adverb, number"},
		{"Velco sold its shops to Arvid Group.",
			"Velco", "sold", "its shops", "no adverb: unchanged"},
	})
}
