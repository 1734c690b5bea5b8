package entity

import "testing"

// TestOwnedPlace checks that an act on a person's hometown or constituency
// is no act on the person, while an act on a state's city still reads as
// before, on documents written for this test.
func TestOwnedPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A Norwegian missile attack on Tom Wu's hometown killed three people on Monday.",
			nil, []string{"Norway -attack-> Tom Wu"},
			"a person's hometown"},
		{"Sweden condemned the Norwegian raid on Ann Lee's home village.",
			nil, []string{"Norway -raid-> Ann Lee"},
			"a person's home village"},
		{"A Norwegian missile attack on Tom Wu killed three people on Monday.",
			[]string{"Norway -attack-> Tom Wu"}, nil,
			"the person attacked"},
	})
}
