package entity

import "testing"

// TestCommitteeOf checks that a committee's name and "of" a body make the
// committee part of the body, on sentences written for this test.
func TestCommitteeOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"On Monday, the Foreign Affairs Committee of the Senate summoned Lena Varga.",
			[]string{"Foreign Affairs Committee -part_of-> United States Senate"}, nil,
			"a chamber's committee"},
		{"The Budget Committee of the European Parliament questioned Tomas Brandt.",
			[]string{"Budget Committee -part_of-> European Parliament"}, nil,
			"a parliament's committee"},
		{"The Olympic Committee of Norway chose Tomas Brandt.",
			nil, []string{"Olympic Committee -part_of-> Norway"},
			"a state after of"},
	})
}

// TestCommitteeOfChamber checks that "of" and a bare chamber after a
// committee's name name the committee's body, on sentences written for
// this test.
func TestCommitteeOfChamber(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Last week, the Finance Committee of Parliament questioned Lena Varga.",
			[]string{"Finance Committee -part_of-> Parliament", "Finance Committee -question-> Lena Varga"}, nil,
			"a bare parliament"},
	})
}
