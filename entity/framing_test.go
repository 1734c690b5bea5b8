package entity

import "testing"

// TestFactsFramingSpeaker: "he" in a quotation is not its speaker, who
// calls himself "I", so that the speaker named once does not take the
// place of the person the report is about for the pronouns after it.
func TestFactsFramingSpeaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, the former mayor of Halvik, died on Monday. He had led the town for twenty years. He built its harbour.\n\n" +
			"Per Lund, a member of the town council, said, \"He was a great mayor. He built the harbour. He will be missed by all of us. We thank him.\"\n\n" +
			"His daughter, Mia Wu, thanked the council.",
			[]string{"Tom Wu -parent_of-> Mia Wu"}, []string{"Per Lund -parent_of-> Mia Wu"},
			"the pronouns of a quotation framed by its speaker are someone else"},
	})
}
