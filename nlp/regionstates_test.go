package nlp

import "testing"

// TestRegionStates checks that "states" after the adjective of a region
// whose states news names together is a noun, while a body that states
// something keeps the verb.
func TestRegionStates(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Norway agrees to reinforce eastern Poland, Baltic states against Sweden.", "states", "NNS", "a headline's list of regions"},
		{"Gulf states condemned the attack on Monday.", "states", "NNS", "the states of the Gulf as subject"},
		{"The report states that Norway attacked Sweden.", "states", "VBZ", "a report that states keeps the verb"},
	})
}
