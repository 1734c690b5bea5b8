package entity

import "testing"

// TestDeceasedTributes checks that a tribute paid to no one named, in a
// report of one death, is paid to the dead person, on reports written for
// this test.
func TestDeceasedTributes(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee died on Friday aged 79. Tributes were paid by world leaders including Tom Wu and Bo Chen.",
			[]string{"Tom Wu -pay_tribute_to-> Ann Lee", "Bo Chen -pay_tribute_to-> Ann Lee"}, nil,
			"a passive tribute's named payers"},
		{"Ann Lee died on Friday. Tom Wu paid tribute on Saturday.",
			[]string{"Tom Wu -pay_tribute_to-> Ann Lee"}, nil,
			"a tribute with no addressee"},
		{"Ann Lee died on Friday. Bo Chen died on Sunday. Tom Wu paid tribute on Monday.",
			nil, []string{"Tom Wu -pay_tribute_to-> Ann Lee", "Tom Wu -pay_tribute_to-> Bo Chen"},
			"two deaths: whose tribute is unknown"},
		{"Ann Lee won the election on Friday. Tom Wu paid tribute on Saturday.",
			nil, []string{"Tom Wu -pay_tribute_to-> Ann Lee"},
			"no death, no tribute to the dead"},
	})
}
