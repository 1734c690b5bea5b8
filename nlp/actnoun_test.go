package nlp

import "testing"

// TestActIngAfterModifier checks that a violent act's noun in -ing after
// a modifying noun of a determined phrase ("a failed car bombing
// against") is a noun, while a verb in -ing after a subject stays.
func TestActIngAfterModifier(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"The Halvik Front was responsible for a failed car bombing against a bank office.", "bombing", "NN", "a car bombing before a preposition"},
		{"The group claimed the suicide bombing in Oslo.", "bombing", "NN", "a suicide bombing"},
		{"The police kept shooting at the crowd.", "shooting", "VBG", "a verb after a verb stays"},
	})
}
