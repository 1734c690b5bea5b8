package entity

import "testing"

// TestOfficialsIncluding checks that a person listed among a state's
// officials ("Norwegian officials, including Bob Hale") works for the
// state and is no member of the officials, while a list of a party's
// members still gives membership, on documents written for this test.
func TestOfficialsIncluding(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Several Norwegian government officials including deputy health minister Tom Wu have tested positive.",
			[]string{"Tom Wu -work_for-> Norway"}, []string{"Tom Wu -member_of-> Norwegian officials"},
			"officials of a state, no comma"},
		{"Several Swedish officials, including Bob Hale, attended the meeting.",
			[]string{"Bob Hale -work_for-> Sweden"}, []string{"Bob Hale -member_of-> Swedish officials"},
			"officials of a state, set off"},
		{"Members of the Labour Party, including Kari Dahl, protested.",
			[]string{"Kari Dahl -member_of-> Labour Party"}, nil,
			"a party's members"},
	})
}
