package nlp

import "testing"

// TestReportedClausePast checks that a past form after the noun phrase
// that opens the clause a verb of saying reports, and before an object, is
// the clause's past tense, while a participle before a preposition stays.
func TestReportedClausePast(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"NATO said its troops killed Tom Wu.", "killed", "VBD", "a possessive and a plural after said"},
		{"Norway said Norwegian troops killed Tom Wu.", "killed", "VBD", "an adjective and a plural"},
		{"The army said that rebel fighters attacked the town.", "attacked", "VBD", "after said that"},
		{"Norway said troops killed in the blast were Swedish.", "killed", "VBN", "a participle before a preposition"},
	})
}
