package entity

import "testing"

// TestCapitalApposition checks that "Oslo, the capital" with no "of"
// makes a known capital the capital of its state when the report names
// the state, on sentences written for this test.
func TestCapitalApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's leader Tom Wu spoke on Monday. The speech was delivered in Oslo, the capital.",
			[]string{"Oslo -capital_of-> Norway"}, nil,
			"the state named in an earlier sentence"},
		{"Sweden's Ann Lee spoke on Monday. Tom Wu stayed in Oslo, the capital.",
			nil, []string{"Oslo -capital_of-> Sweden"},
			"another state named: no capital of it"},
	})
}
