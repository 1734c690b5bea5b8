package entity

import "testing"

// TestApposedNameDesc checks that a description set off by a name in
// commas ("The regulator, the Financial Conduct Authority,") is the one
// named, not the one of its kind named before, on sentences written for
// this test.
func TestApposedNameDesc(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Fines\n\nThe Velby Markets Authority blocked the merger. The regulator, the Halden Conduct Authority, fined Norden Bank.",
			[]string{"Halden Conduct Authority -fine-> Norden Bank"}, []string{"Velby Markets Authority -fine-> Norden Bank"},
			"a body's noun made a description by its gazetteer kinds; the name with the"},
		{"Fines\n\nGlobex Corp. blocked the merger. The regulator, the Halden Conduct Authority, fined Norden Bank.",
			[]string{"Halden Conduct Authority -fine-> Norden Bank"}, nil,
			"no body of the kind named before: the name too"},
		{"Suit\n\nTom Wu met Halvik executives. The man, Per Dahl, sued Norden Bank.",
			[]string{"Per Dahl -sue-> Norden Bank"}, []string{"Tom Wu -sue-> Norden Bank"},
			"a person's noun and a person's name"},
		{"Suit\n\nTom Wu met Halvik executives. The man sued Norden Bank.",
			[]string{"Tom Wu -sue-> Norden Bank"}, nil,
			"with no name set off, the person named before"},
	})
}
