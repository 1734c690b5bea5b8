package entity

import "testing"

// TestStaffedObject checks the post that a bare role noun before the
// object's name gives the person a club or a state hires or sacks, on
// sentences written for this test.
func TestStaffedObject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sweden have sacked coach Tom Wu after a 3-0 defeat by Norway.",
			[]string{"Sweden -sack-> Tom Wu", "Tom Wu -lead-> Sweden"}, nil,
			"the sacked coach led the side"},
		{"Oslo Reds have sacked boss Ann Lee after a 9-0 defeat.",
			[]string{"Ann Lee -lead-> Oslo Reds"}, nil,
			"a boss the tagger reads as a particle of the verb"},
		{"Halvik United have appointed manager Ann Lee on a three-year deal.",
			[]string{"Ann Lee -work_for-> Halvik United"}, nil,
			"an appointed manager works for the club"},
		{"Sweden have sacked Norway coach Tom Wu.",
			[]string{"Tom Wu -lead-> Norway"}, []string{"Tom Wu -lead-> Sweden"},
			"a body's name before the noun holds the post"},
		{"Oslo Reds plan to hire coach Bill Stone.",
			nil, []string{"Bill Stone -lead-> Oslo Reds"},
			"a hiring planned gives no post"},
	})
}
