package nlp

import "testing"

// TestHasSince checks that "since" between a form of "have" and its
// participle is an adverb ("has since apologized"), and stays a
// preposition or conjunction elsewhere.
func TestHasSince(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Tom Varel has since apologized to Ann Pike.", "since", "RB", "before a participle"},
		{"Tom Varel has since been fired by the Harmony Party.", "since", "RB", "before been"},
		{"Tom Varel had since left the Harmony Party.", "since", "RB", "after had"},
		{"Tom Varel has lived in Oslo since 2010.", "since", "IN", "a preposition before a year"},
	})
}
