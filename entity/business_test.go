package entity

import "testing"

// TestFineWithPoundAmount checks that a pound or euro amount written on
// its sign between a passive verb and "by" leaves the agent the doer, on
// documents written for this test.
func TestFineWithPoundAmount(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Bank was fined £35m by the Norwegian Financial Authority.",
			[]string{"Norwegian Financial Authority -fine-> Halvik Bank"}, nil,
			"a pound amount"},
		{"Velmor Motors was fined €120m by the Swedish Competition Authority.",
			[]string{"Swedish Competition Authority -fine-> Velmor Motors"}, nil,
			"a euro amount"},
	})
}

// TestRebuffedBidderOvertures checks that rebuffing or spurning a
// bidder's overtures, advances or offer turns the bidder away, on
// documents written for this test.
func TestRebuffedBidderOvertures(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Mining rebuffed Velmor Holdings' overtures last week.",
			[]string{"Halvik Mining -rebuff-> Velmor Holdings"}, nil,
			"overtures"},
		{"Halvik Mining spurned Velmor Holdings' offer on Monday.",
			[]string{"Halvik Mining -spurn-> Velmor Holdings"}, nil,
			"spurned an offer"},
		{"Halvik Mining rejected Velmor Holdings' advances.",
			[]string{"Halvik Mining -reject-> Velmor Holdings"}, nil,
			"advances"},
	})
}
