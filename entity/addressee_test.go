package entity

import "testing"

// TestQuoteAddressee checks that the "you" of a quotation is the person
// the reporting verb says it was told to, after the quotation or before
// it, and no one when it was told to no named person, on sentences
// written for this test.
func TestQuoteAddressee(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"\"I am happy to see you again,\" President Lars Holm told Prime Minister Mia Berg.",
			[]string{"Lars Holm -see-> Mia Berg"}, nil,
			"the addressee after the quotation"},
		{"\"You invited me to your farm,\" Lars Holm told Mia Berg on Friday.",
			[]string{"Mia Berg -invite-> Lars Holm"}, nil,
			"the addressee as subject inside the quotation"},
		{"Lars Holm told Mia Berg: \"You have deceived me.\"",
			[]string{"Mia Berg -deceive-> Lars Holm"}, nil,
			"the addressee before the quotation"},
		{"Mia Berg spoke first. \"You deceived me,\" Lars Holm told reporters.",
			nil, []string{"Mia Berg -deceive-> Lars Holm"},
			"told reporters: no one named"},
	})
}
