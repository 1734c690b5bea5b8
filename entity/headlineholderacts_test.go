package entity

import "testing"

// TestHeadlineHolderActs checks that a headline's office named by a
// state's adjective or possessive and a title, with no name after it, is
// the holder the body names in the headline's own acts, not only in the
// office's role, on texts written for this test.
func TestHeadlineHolderActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Brazilian President meets Tom Reed\n\nBrazilian President Anna Pike arrived in Lima on Monday. Tom Reed, a trade envoy, greeted her.",
			[]string{"Anna Pike -meet-> Tom Reed", "Anna Pike -lead-> Brazil"},
			[]string{"Brazil -meet-> Tom Reed"},
			"the adjective's office is the body's president in the headline's act"},
		{"Chilean President meets President of Peru\n\nChilean President Anna Pike arrived in Lima on Monday. Tom Reed, the President of Peru, greeted her.",
			[]string{"Anna Pike -meet-> Tom Reed"},
			nil,
			"both offices are their holders"},
		{"Tom Reed criticises Chile's President\n\nTom Reed, a writer, criticised the President of Chile, Anna Pike, on Monday.",
			[]string{"Tom Reed -criticise-> Anna Pike"},
			nil,
			"an office in the object is its holder too"},
	})
}
