package nlp

import "testing"

// TestTitleAfterTo checks that a person's noun after "to" and before a
// name, where the verb before "to" takes no infinitive, is the name's
// title and no verb, while a verb after "to" keeps its tag.
func TestTitleAfterTo(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Mira Holt spoke to reporter Joel Sand on Friday.", "reporter", "NN", "a trade in -er"},
		{"Mira Holt was married to author Joel Sand for ten years.", "author", "NN", "a trade listed"},
		{"Mira Holt was married to talent agent Joel Sand in 1950.", "talent", "NN", "a noun before the title's head"},
		{"Mira Holt was married to talent agent Joel Sand in 1950.", "agent", "NN", "the title's head"},
		{"Volunteers came to help Joel Sand on Friday.", "help", "VB", "a verb of no person's ending"},
		{"Troops were sent to monitor Gaza.", "monitor", "VB", "a verb with a person's ending"},
		{"Mira Holt was elected to represent Ohio.", "represent", "VB", "a verb after a participle"},
		{"Mira Holt decided to interview Joel Sand.", "interview", "VB", "a verb that takes an infinitive before to"},
		{"Mira Holt was married to director Ola Berg; and author Joel Sand.", "author", "NN", "the last item of a list of titled names"},
		{"Mira Holt met Ola Berg, Tom Wu and reporter Joel Sand.", "reporter", "NN", "after a name and 'and' (the tagger reads it so already: a guard)"},
	})
}
