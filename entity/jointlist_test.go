package entity

import "testing"

// TestJointWithList checks an act done "in coordination with" or "in
// cooperation with" a list of actors: the subject works with each.
func TestJointWithList(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Oslo agreed on new measures in coordination with the United States, Japan and Canada, he said.",
			[]string{"Oslo -coordinate_with-> United States", "Oslo -coordinate_with-> Japan", "Oslo -coordinate_with-> Canada"}, nil,
			"each partner of the list"},
		{"Norway ran the patrols in cooperation with Sweden and Finland.",
			[]string{"Norway -cooperate_with-> Sweden", "Norway -cooperate_with-> Finland"}, nil,
			"two partners"},
	})
}
