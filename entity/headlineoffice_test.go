package entity

import "testing"

// TestHeadlineOffice checks that a headline's title with no holder's name
// after a verb of taking or leaving a post ("resigns as Swedish Prime
// Minister"), which resolves to the office the body names ("the new
// Swedish Prime Minister"), still gives the subject the office's state,
// and that the office is no actor from that state, on texts written for
// this test.
func TestHeadlineOffice(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee resigns as Swedish Prime Minister\n\nPrime Minister Ann Lee announced on Friday she will step down.\n\nIt is unclear who will become the new Swedish Prime Minister.",
			[]string{"Ann Lee -lead-> Sweden"},
			[]string{"Prime Minister of Sweden -from-> Sweden", "Ann Lee -resign_as-> Prime Minister of Sweden"},
			"the headline's office is the body's office of Sweden"},
		{"Tom Wu quits as Norwegian Foreign Minister\n\nTom Wu said he was tired.\n\nThe last Norwegian Foreign Minister left in May.",
			[]string{"Tom Wu -work_for-> Norway"},
			[]string{"Foreign Minister of Norway -from-> Norway"},
			"a minister's office gives work_for"},
		{"Tom Wu resigns as Swedish envoy\n\nTom Wu said he was tired.",
			nil, []string{"Tom Wu -lead-> Sweden"},
			"no office named in the body, no lead"},
	})
}
