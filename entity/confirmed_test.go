package entity

import "testing"

// TestConfirmedNominationIsNoAnnouncement checks that a body that confirms
// a nomination or an appointment approves it and announces nothing, while
// a confirmed resignation is still announced, on documents written for
// this test.
func TestConfirmedNominationIsNoAnnouncement(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian Senate confirmed Ann Lee's nomination on Friday.",
			nil, []string{"Norwegian Senate -announce-> Ann Lee"},
			"a nomination confirmed"},
		{"The Halvik Council confirmed the appointment of Tom Wu on Monday.",
			nil, []string{"Halvik Council -announce-> Tom Wu"},
			"an appointment confirmed"},
		{"Globex Corporation confirmed Tom Wu's resignation on Monday.",
			[]string{"Globex Corporation -announce-> Tom Wu"}, nil,
			"a resignation confirmed is announced"},
	})
}
