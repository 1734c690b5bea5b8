package entity

import "testing"

// TestStateOtherMajorBody checks that "major" and "other" before a body's
// noun after a state's possessive rank the body in the state's market, as
// a superlative does.
func TestStateOtherMajorBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's other major bank, Velmor Bank, cut jobs.",
			[]string{"Velmor Bank -locate_in-> Norway"}, nil,
			"other and major before the noun"},
		{"Halvik Group, Sweden's major retailer, cut jobs.",
			[]string{"Halvik Group -locate_in-> Sweden"}, nil,
			"the description after the name"},
		{"Norway's major news agency, Velmor Press, said the army had left.",
			nil, []string{"Velmor Press -locate_in-> Norway"},
			"a state's own body is no market's"},
	})
}
