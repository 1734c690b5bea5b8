package nlp

import "testing"

// TestRugbyPosition checks that a rugby position written with a hyphen,
// between a side's name and a player's, is a noun, which the tagger reads
// as an adjective.
func TestRugbyPosition(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Kelton fly-half Tom Wu kicked a goal.", "fly-half", "NN", "a fly-half before a name"},
		{"Norden scrum-half Ann Lee scored twice.", "scrum-half", "NN", "a scrum-half before a name"},
	})
}
