package nlp

import "testing"

// TestForcePluralBeforePast checks that the plural of a state's agents or
// officers after the nouns that name their service, before a past tense
// ("Venezuelan intelligence agents detained Tom Wu"), is the subject's
// noun, not a present tense, while a present tense before an object stays.
func TestForcePluralBeforePast(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Venezuelan intelligence agents detained opposition leader Tom Wu on Sunday.", "agents", "NNS", "agents of a service before a past"},
		{"Venezuelan intelligence agents detained opposition leader Tom Wu on Sunday.", "detained", "VBD", "the past after them is the verb"},
		{"Norwegian border officers arrested Ann Lee in Oslo.", "officers", "NNS", "officers of a service before a past"},
		{"The firm represents detained workers in Oslo.", "represents", "VBZ", "a verb before a participle's object stays"},
	})
}
