package entity

import "testing"

// TestCompatriots checks that a person's countryman is from the country
// the document gave the person, on documents written for this test.
func TestCompatriots(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Race won\n\nKari Holm of Norway won the race. Holm's countryman Per Dahl came second.",
			[]string{"Kari Holm -from-> Norway", "Per Dahl -from-> Norway"}, nil,
			"a possessor's countryman takes the possessor's country"},
		{"Race won\n\nAnn Lee won the race. Lee's compatriot Tom Wu came second.",
			nil, []string{"Tom Wu -from-> Ann Lee"},
			"a possessor of no known country gives the compatriot none"},
		{"Race won\n\nKari Holm of Norway won the women's race. Holm was the defending champion. Countryman Per Dahl won the men's race.",
			[]string{"Per Dahl -from-> Norway"}, nil,
			"a compatriot's noun opening the sentence: the country of the last person of the sentence before"},
		{"Race won\n\nKari Holm of Norway won the women's race. Ann Lee was the defending champion. Countryman Per Dahl won the men's race.",
			nil, []string{"Per Dahl -from-> Norway"},
			"the last person before has no known country: nothing, not an earlier person's"},
	})
}
