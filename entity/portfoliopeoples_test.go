package entity

import "testing"

// TestPortfolioPeoples checks a minister's portfolio named by the people
// the ministry serves: the words are the ministry's, no place or person.
func TestPortfolioPeoples(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Jola Brenn, the Minister for Pacific Peoples, met voters in Halden.",
			[]string{"Jola Brenn -work_for-> Ministry for Pacific Peoples"}, nil,
			"'Pacific' in a portfolio is no ocean"},
		{"Jola Brenn, the Minister for Ethnic Communities, met voters in Halden.",
			[]string{"Jola Brenn -work_for-> Ministry for Ethnic Communities"}, nil,
			"'Ethnic Communities' is a portfolio, no person"},
	})
}
