package entity

import "testing"

// TestViceRisen checks that a state's vice president sworn in or made
// "president" in lower case heads the state, and that the lower-case
// post of another body does not, on sentences written for this test.
func TestViceRisen(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Chile's Vice President Rosa Vidal has been sworn in as president after Tomas Paz resigned.",
			[]string{"Rosa Vidal -lead-> Chile"}, nil,
			"the state named with the vice president's title"},
		{"Chile's Vice President Rosa Vidal was sworn in as the new president of the Santiago Chess Club.",
			nil, []string{"Rosa Vidal -lead-> Chile"},
			"the president of a club"},
		{"Tomas Paz was sworn in as president of the chess club on Monday.",
			nil, []string{"Tomas Paz -lead-> Chile"},
			"no vice president's title"},
	})
}
