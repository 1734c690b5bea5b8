package nlp

import "testing"

// TestAdverbBeforePresent checks that a present tense after "I", "we",
// "you" or "they" and an adverb, which the tagger reads as an adjective
// (and the adverb, when it ends in -ly, as the verb), is the verb when an
// object follows, while adjectives and the verbs in -ly keep their tags.
func TestAdverbBeforePresent(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"I really urge Tom Wu to step down.", "urge", "VBP", "an adverb between the pronoun and the verb"},
		{"Ann Lee said: \"I really urge Tom Wu to step down.\"", "urge", "VBP", "inside a quotation"},
		{"Ann Lee said, \"I really admire Tom Wu.\"", "admire", "VBP", "after a comma and a quote mark"},
		{"Ann Lee said: \"I truly admire Tom Wu.\"", "truly", "RB", "an adverb in -ly read as the verb"},
		{"Ann Lee said: \"I truly admire Tom Wu.\"", "admire", "VBP", "and the verb read as an adjective"},
		{"Ann Lee said: \"I really urge [Wu], if he fails, to step down.\"", "urge", "VBP", "before an editor's bracketed name"},
		{"I am really happy with Tom Wu.", "happy", "JJ", "an adjective before a preposition stays"},
		{"They apply strict rules to Halvik.", "apply", "VBP", "a verb in -ly stays the verb"},
	})
}
