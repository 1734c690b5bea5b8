package nlp

import "testing"

// TestHoldNouns checks that a compound of "hold" is a noun, singular or
// plural, where the tagger read the past of a verb.
func TestHoldNouns(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"An attack by Denmark on a Velmor Front stronghold killed ten.", "stronghold", "NN", "before the verb"},
		{"Norwegian jets bombed a Velmor Front stronghold near Halden.", "stronghold", "NN", "after a name, before a preposition"},
		{"The rebels lost their strongholds in the north.", "strongholds", "NNS", "the plural"},
		{"Tom Wu held the town for a year.", "held", "VBD", "the verb itself keeps its tag"},
	})
}
