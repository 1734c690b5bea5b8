package entity

import "testing"

// TestPhrasePlaceOfPerson checks that the place a noun phrase's "in" gives
// after "of" or "for" and a person ("the killing of Tom Wu in Oslo")
// places the killing, not the person, while a clause still places a
// person, on documents written for this test.
func TestPhrasePlaceOfPerson(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Protests grew after the police killing of Tom Wu in Oslo.",
			nil, []string{"Tom Wu -locate_in-> Oslo"},
			"an act's place after of"},
		{"Ann Lee is a senator. A major boost for Ann Lee in Bergen came with the news.",
			nil, []string{"Ann Lee -locate_in-> Bergen"},
			"a boost's place after for"},
		{"Tom Wu is in Oslo this week.",
			[]string{"Tom Wu -locate_in-> Oslo"}, nil,
			"a clause places the person"},
	})
}
