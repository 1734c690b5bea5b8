package nlp

import "testing"

// TestRoleTitleBeforeName checks that a singular noun of a person's role
// that is also a verb, between a noun and a name that a finite verb
// follows, is the name's title, and that the same word keeps its verb's
// tag where the name has no verb of its own.
func TestRoleTitleBeforeName(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Veteran animal rights advocate Nora Ekdahl died on Monday in Halden.", "advocate", "NN", "the name's own verb follows"},
		{"Consumer advocate Tomas Wulff criticised Halvik on Friday.", "advocate", "NN", "one noun before the title"},
		{"Residents advocate Tomas Wulff's plan for the harbour.", "advocate", "VBP", "a possessive, no verb after the name"},
	})
}
