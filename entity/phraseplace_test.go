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

// TestStateInNoState checks that a possessive before a state's name does
// not place that state in the possessor's state ("Voice of America's
// Kenya in Focus programme"), while it still places a town, on documents written
// for this test.
func TestStateInNoState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee said on Voice of America's Kenya in Focus programme that the loss was great.",
			nil, []string{"Kenya -locate_in-> United States"},
			"a programme named after a state"},
		{"Tom Wu visited Norway's Bergen on Monday.",
			[]string{"Bergen -locate_in-> Norway"}, nil,
			"a town of a state"},
	})
}
