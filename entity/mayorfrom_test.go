package entity

import "testing"

// TestMayorFrom checks that a mayor whose apposition says where the
// holder is from ("a mayor from northern Senegal") heads no town the
// report names elsewhere, while one whose apposition names the town
// still heads it, on sentences written for this test.
func TestMayorFrom(t *testing.T) {
	const before = "Report\n\nPolice in Dakar arrested Tom Wu on Friday.\n\n"
	const after = "\n\nThe protest in Dakar was banned."
	runDefaultEdgeCases(t, []edgeCase{
		{before + "Wu, a mayor from northern Senegal, is one of 13 candidates." + after,
			nil, []string{"Tom Wu -lead-> Dakar"},
			"the town the mayor heads is not named"},
		{before + "Wu, a mayor in Dakar, is one of 13 candidates." + after,
			[]string{"Tom Wu -lead-> Dakar"}, nil,
			"the apposition names the town"},
	})
}
