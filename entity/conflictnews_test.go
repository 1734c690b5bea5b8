package entity

import "testing"

// TestAbbreviatedRank checks that an abbreviated rank before a name,
// alone or joined to another by a hyphen, is a title and ends no
// sentence, on invented reports: the spokesperson's name keeps its role.
func TestAbbreviatedRank(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"In a statement, Lund Front spokesperson Brig.-Gen. Tom Wu said the group had a direct hit.",
			[]string{"Tom Wu -work_for-> Lund Front"}, nil,
			"two abbreviated ranks joined by a hyphen"},
		{"Lund Front spokesman Brig. Gen. Ann Lee said the attack failed.",
			[]string{"Ann Lee -work_for-> Lund Front"}, nil,
			"an abbreviated rank the segmenter took for a stop"},
	})
}
