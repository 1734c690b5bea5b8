package nlp

import "testing"

// TestCrewPluralAfterNoun checks that a plural of a crew after a noun
// that opens the subject ("Rescue teams from Norway arrived") is a noun,
// not a present tense, while "teams up with" keeps its verb.
func TestCrewPluralAfterNoun(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Rescue teams from Norway and Sweden arrived in Oslo.", "teams", "NNS", "a noun and a crew's plural open the subject"},
		{"Relief workers from Norway reached Bergen on Monday.", "workers", "NNS", "a crew's plural that is no verb"},
		{"Ann Lee teams up with Tom Wu.", "teams", "VBZ", "a verb after a name stays"},
	})
}
