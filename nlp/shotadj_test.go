package nlp

import "testing"

// TestShotBeforeAdjectives checks that "shot" after its subject, before
// adjectives that open its object, is the past tense.
func TestShotBeforeAdjectives(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Tom Berg left his base and shot numerous Danish civilians.", "shot", "VBD", "after and, before a quantity and a nationality"},
		{"Police say Berg shot many Danish civilians.", "shot", "VBD", "after a surname in a reported clause"},
		{"Police said a gunman shot several unarmed men on Tuesday.", "shot", "VBD", "after a common noun"},
		{"His shot numerous times missed.", "shot", "NN", "after a possessive it stays the noun"},
	})
}
