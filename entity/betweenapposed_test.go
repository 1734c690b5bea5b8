package entity

import "testing"

// TestBetweenApposedName checks that a description with its name in
// apposition is a party of "talks between", on sentences written for this
// test.
func TestBetweenApposedName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nTalks between Halvik Air and the union, Fellesforbundet, collapsed on Monday.",
			[]string{"Halvik Air -talk_with-> Fellesforbundet"}, nil,
			"the union, then its name"},
		{"Talks\n\nTalks between the rebels, Norway and Sweden ended on Monday.",
			nil, []string{"Norway -talk_with-> Sweden"},
			"a list after the description: the rebels are a party"},
		{"Merger\n\nThe merger between Norwegian media giant Halvik Group and news agency Fjordpress was approved on Monday.",
			[]string{"Halvik Group -merge_with-> Fjordpress"}, nil,
			"a plural noun among the words that describe a party before its name"},
		{"Merger\n\nThe deal between the arms maker Velby Works and Fjordpress was signed on Monday.",
			[]string{"Velby Works -deal_with-> Fjordpress"}, nil,
			"a plural that modifies the noun after it, after the"},
	})
}
