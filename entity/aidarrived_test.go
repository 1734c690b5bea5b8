package entity

import "testing"

// TestAidArrived covers aid from a donor as the subject of a verb of
// arrival: the donor aids the actor the aid reached.
func TestAidArrived(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Aid from the United Nations has started to reach Norway after a storm.",
			[]string{"United Nations -aid-> Norway"}, nil,
			"aid from a body reaches a state"},
		{"Relief supplies from Sweden arrived in Norway on Monday.",
			[]string{"Sweden -aid-> Norway"}, nil,
			"relief supplies arrive in a state"},
		{"Aid from Sweden is expected to reach Norway.",
			nil, []string{"Sweden -aid-> Norway"},
			"aid only expected"},
	})
}
