package nlp

import "testing"

// TestHeadlinePairVerb checks that the base form of a verb two actors do
// together, after a pair of names opening a headline, is the verb, and
// the word after it its object's noun; a sentence with a full stop, or a
// pair that does not open the headline, keeps its tags.
func TestHeadlinePairVerb(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Norway and Chile sign trade agreements", "sign", "VBP", "after two names joined by and"},
		{"Norway and Chile sign trade agreements", "trade", "NN", "the object's first noun"},
		{"Halvik Bank and Norden Oil ink supply deal", "ink", "VBP", "after two names of two words"},
		{"Norway and Chile sign trade agreements.", "sign", "NN", "a sentence with a full stop is no headline"},
	})
}
