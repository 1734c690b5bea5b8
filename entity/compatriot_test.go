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
	})
}
