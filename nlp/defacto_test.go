package nlp

import "testing"

// TestDeFacto checks that "de facto" before a noun is read as an
// adjective, as "real" would be.
func TestDeFacto(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Mira Holt is the de facto leader of Lodi.", "facto", "JJ", "before a noun"},
		{"Mira Holt is the de facto leader of Lodi.", "de", "JJ", "the first word"},
	})
}
