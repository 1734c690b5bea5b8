package entity

import "testing"

// TestBlocMinisters checks the ministers of a bloc named as a
// group ("EU foreign ministers", "NATO defence ministers"): the group is
// the actor of the clause.
func TestBlocMinisters(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"EU foreign ministers condemned Belarus on Monday.",
			[]string{"EU foreign ministers -condemn-> Belarus"}, []string{"European Union -condemn-> Belarus"},
			"a bloc's ministers, their portfolio between"},
		{"NATO defence ministers urged Serbia to withdraw.",
			[]string{"NATO defence ministers -urge-> Serbia"}, nil,
			"an alliance's ministers"},
	})
}
