package entity

import "testing"

// TestPostWords checks titles and role nouns written as a British title or
// an abbreviation, and the field of a post after "of", on sentences
// written for this test.
func TestPostWords(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The leader of Velby Council, Ann Lee, spoke on Monday. Councillor Lee criticised the Halvik Front.",
			[]string{"Ann Lee -criticise-> Halvik Front"}, []string{"Councillor Lee -criticise-> Halvik Front"},
			"Councillor is a title, so Councillor Lee is the Ann Lee named before"},
		{"\"We will not serve,\" said Tom Wu, Halvik Bank VP of Engineering in the announcement.",
			[]string{"Tom Wu -work_for-> Halvik Bank"}, []string{"Tom Wu -work_for-> Engineering"},
			"VP is a role noun, and the field of the post after of is no body"},
		{"Ann Lee, Halvik Bank Director of Marketing, agreed.",
			[]string{"Ann Lee -work_for-> Halvik Bank"}, []string{"Ann Lee -lead-> Marketing"},
			"a capitalised field after a role noun and of is no body"},
	})
}
