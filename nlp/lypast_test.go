package nlp

import "testing"

// TestAdverbBeforePast checks that a word in -ly that the tagger reads as
// the verb, before a past form in -ed read as an adjective, is the adverb
// and the past form the verb when an object follows; a verb in -ly and an
// adverb already read as one keep their tags.
func TestAdverbBeforePast(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik intelligence agents briefly detained opposition leader Tom Wu on Sunday.", "briefly", "RB", "the adverb read as the verb"},
		{"Halvik intelligence agents briefly detained opposition leader Tom Wu on Sunday.", "detained", "VBD", "and the past form read as an adjective"},
		{"Police quickly arrested Tom Wu in Oslo.", "arrested", "VBD", "a past form already read as the verb stays"},
		{"The farmers supply fresh milk to Oslo.", "supply", "VBP", "a verb in -ly stays the verb"},
	})
}
