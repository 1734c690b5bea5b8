package nlp

import "testing"

// TestModifiedTitle checks that a past form in -ed between a name and a
// title before a person's name is the title's adjective when the name
// is no object (a verb follows it, or the phrase follows a preposition),
// and that a verb before a titled object keeps its tag.
func TestModifiedTitle(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik News accredited reporter Mira Holt spoke to the mayor on Friday.", "accredited", "JJ", "a verb follows the name"},
		{"The mayor answered questions from Halvik News accredited reporter Mira Holt.", "accredited", "JJ", "after a preposition"},
		{"Police arrested reporter Mira Holt on Friday.", "arrested", "VBD", "a verb before its object's title"},
		{"Halvik Police arrested reporter Mira Holt on Friday.", "arrested", "VBD", "a verb after a name of two words"},
	})
}
