package nlp

import "testing"

// TestHedgedTies checks that a participle of report after a form of
// "have" and before a plural noun of ties and "to" or "with" is the
// adjective of the ties, and that the participle before a clause keeps
// its tag.
func TestHedgedTies(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Tom Wu has alleged ties to the Halvik Group.", "alleged", "JJ", "has, the participle, ties, to"},
		{"Ann Lee had reported links with the Lund Front.", "reported", "JJ", "had, the participle, links, with"},
		{"Tom Wu has alleged that Ann Lee lied.", "alleged", "VBN", "a clause after the participle"},
	})
}
