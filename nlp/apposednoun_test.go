package nlp

import "testing"

// TestApposedNoun checks that a word read as a present verb between a
// name opening an apposition and a person's noun is the noun's
// modifier, and that a verb after a name and before a plain noun keeps
// its tag.
func TestApposedNoun(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Tom Wu, US sport columnist from ESPN, said the team would win.", "sport", "NN", "a comma, a name, the word, a person's noun"},
		{"Norway and Sweden sport jerseys at the games.", "sport", "VBP", "no comma before the name, and no person's noun after the word"},
	})
}
