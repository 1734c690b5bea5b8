package nlp

import "testing"

// TestHeadlinePlacedVerb checks that a headline's verb that the tagger
// reads as a plural noun is found by its place after the subject, when the
// headline has no finite verb or reads its object as the verb, and that
// plural nouns in that place stay nouns where a verb cannot be.
func TestHeadlinePlacedVerb(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Ferry carrying tourists sinks in Oslofjord", "sinks", "VBZ", "after a subject with a participle's phrase, before a preposition, in a headline with no verb"},
		{"Tropical Storm Ann of 2021 approaches Halden", "approaches", "VBZ", "after a subject ending in a year, before a name"},
		{"Water main bursts in Halden", "bursts", "VBZ", "after a noun the tagger read as an adjective"},
		{"Sister of murdered Halden reporter demands justice at Oslo court", "demands", "VBZ", "before a noun the tagger read as the verb"},
		{"Sister of murdered Halden reporter demands justice at Oslo court", "justice", "NN", "which is the verb's object"},
		{"Halden bus hits bridge in Oslo", "hits", "VBZ", "likewise before a preposition"},
		{"Oslo court issues delay", "issues", "VBZ", "and at the end"},
		{"Ann Lee dies aged 79", "dies", "VBZ", "\"aged\" before a number is no verb that leaves \"dies\" a noun"},
		{"Ann Lee dies aged 79", "aged", "JJ", "but the age's adjective"},
		{"Norway election results", "results", "NNS", "a plural ending a headline stays the noun"},
		{"Student protests continue in Oslo", "protests", "NNS", "the model reads a plural subject and its verb far better"},
		{"Norwegian forces arrest Tom Wu in Halden", "forces", "NNS", "a plural after a nationality is the subject, no verb"},
		{"Security issues plague Halvik Bank", "issues", "NNS", "the word read as the verb has an object of its own: it is the verb"},
	})
}
