package nlp

import "testing"

// TestInitialsModifyPlural checks that a plural in -s after a count or an
// adjective and a state's initials is a noun when the sentence has another
// verb, and that a verb after initials that open the subject stays one.
func TestInitialsModifyPlural(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik Airways launched three new U.S. routes to Boston.", "routes", "NNS", "after a count, an adjective and dotted initials"},
		{"Halvik Airways opened new US routes to Boston.", "routes", "NNS", "after an adjective and initials"},
		{"The US routes its aid through Oslo.", "routes", "VBZ", "the verb of initials opening the subject"},
	})
}
