package nlp

import "testing"

// TestMakerNouns checks that a trade's "-maker" noun before a firm's name
// is a noun where the tagger read a verb after "US".
func TestMakerNouns(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"US chipmaker Delvex Inc. bought Hana Systems.", "chipmaker", "NN", "after US, opening the sentence"},
		{"US carmaker Fahrwerk AG cut jobs on Monday.", "carmaker", "NN", "a carmaker"},
		{"Two US drugmakers Orvane and Lysta agreed to merge.", "drugmakers", "NNS", "the plural"},
	})
}
