package entity

import "testing"

// TestConfirmedNominationIsNoAnnouncement checks that a chamber that
// confirms a nomination or an appointment approves it and announces
// nothing, while a person who confirms an appointment and a confirmed
// resignation still announce, on documents written for this test.
func TestConfirmedNominationIsNoAnnouncement(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian Senate confirmed Ann Lee's nomination on Friday.",
			nil, []string{"Norwegian Senate -announce-> Ann Lee"},
			"a nomination confirmed"},
		{"The Varden Assembly confirmed the appointment of Tom Wu on Monday.",
			nil, []string{"Varden Assembly -announce-> Tom Wu"},
			"an appointment confirmed by a chamber"},
		{"Ann Lee confirmed Bob Smith's appointment on Monday.",
			[]string{"Ann Lee -announce-> Bob Smith"}, nil,
			"a person who confirms an appointment announces it"},
		{"Globex Corporation confirmed Tom Wu's resignation on Monday.",
			[]string{"Globex Corporation -announce-> Tom Wu"}, nil,
			"a resignation confirmed is announced"},
	})
}
