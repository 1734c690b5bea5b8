package nlp

import "testing"

// TestPluralTitleBeforeNames checks that a plural agent noun between a
// name and a list of names that a verb follows is a noun, the list's title,
// while the same word before names that no verb follows keeps the verb's
// tag.
func TestPluralTitleBeforeNames(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik founders Mira Holt and Joel Sand stepped down on Friday.", "founders", "NNS", "a founders' list, then the verb"},
		{"Former CIA directors Mira Holt and Joel Sand signed a letter.", "directors", "NNS", "plural in -ors"},
		{"Fifty officials, including former CIA directors Mira Holt, Joel Sand, and Rita Voss, signed a letter.", "directors", "NNS", "a list of three set off by commas"},
		{"Halvik executives Mira Holt and Joel Sand resigned on Friday.", "executives", "NNS", "a post's plural in -ives"},
		{"Halvik coaches Mira Holt and Joel Sand were fired.", "coaches", "NNS", "a post's plural in -es"},
		{"Halvik sponsors Mira Holt and Joel Sand.", "sponsors", "VBZ", "no verb after the names: the word is the verb"},
		{"Halvik coaches Mira Holt and Joel Sand.", "coaches", "VBZ", "no verb after the names: a post's plural may be the verb too"},
		{"Crowds toppled statues of Ann Vik, Halvik presidents Mira Holt and Joel Sand, and poet Rita Voss.", "presidents", "NNS", "an office is never a verb, verb after the names or not"},
	})
}
