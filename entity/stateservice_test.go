package entity

import "testing"

// TestStateServiceStaff checks that the staff of a state's unnamed public
// body, named by the state's possessive, work for the state whatever
// preposition ties them to the body ([stateServiceAfter]). The sentences
// are written for this test.
func TestStateServiceStaff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, a spokesman for Norway's disaster agency, told the BBC that 30 people died.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a spokesman for the state's agency"},
		{"Ann Lee, an official with Sweden's weather service, said the storm was weakening.",
			[]string{"Ann Lee -work_for-> Sweden"}, nil,
			"an official with the state's service"},
		{"Tom Wu, a spokesman for Norway's largest agency, said the deal failed. Ann Lee, a critic of Sweden's spy agency, spoke.",
			nil, []string{"Tom Wu -work_for-> Norway", "Ann Lee -work_for-> Sweden"},
			"a superlative picks out a firm, and a critic is no staff"},
	})
}
