package nlp

import "testing"

// TestNextAdverb checks that "next" between a modal and a verb the tagger
// read as a noun ("will next visit Oslo") is an adverb and the verb a
// verb, while "next" before a time noun and as an adjective keeps its
// reading, on sentences written for this test.
func TestNextAdverb(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"FM Korvald will next visit Estavia and return to the country on Friday.", "next", "RB", "the adverb of order"},
		{"FM Korvald will next visit Estavia and return to the country on Friday.", "visit", "VB", "the verb after it"},
		{"Ann Lee will next travel to Oslo.", "travel", "VB", "a verb before a preposition"},
		{"Ann Lee will next week visit Oslo.", "week", "NN", "a time noun stays a noun"},
		{"The next meeting will be in Oslo.", "next", "JJ", "the adjective"},
	})
}
