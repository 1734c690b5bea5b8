package nlp

import "testing"

// TestAuxDay checks that a day word between an auxiliary and its
// participle is an adverb ("was today appointed", "has yesterday
// announced") with the participle after it, and stays a noun elsewhere.
func TestAuxDay(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Ann Pike was today appointed the new Norwegian Prime Minister.", "today", "RB", "between was and a participle"},
		{"Ann Pike was today appointed the new Norwegian Prime Minister.", "appointed", "VBN", "the participle after it"},
		{"Tom Varel has yesterday announced his resignation.", "yesterday", "RB", "between has and a participle"},
		{"The bills sold yesterday settle today.", "yesterday", "NN", "no auxiliary before it"},
	})
}
