package entity

import "testing"

// TestOrderedPossessedAct checks that one who ordered a person's killing,
// named by the person's possessive, killed that person, and that a
// reported order counts as a reported act does, on sentences written for
// this test.
func TestOrderedPossessedAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu ordered Ann Lee's murder in 2018.",
			[]string{"Tom Wu -murder-> Ann Lee"}, nil,
			"a possessive before the act"},
		{"Ann Lee was a critic of the regime. Tom Wu ordered her killing.",
			[]string{"Tom Wu -kill-> Ann Lee"}, nil,
			"a possessive pronoun before the act"},
		{"Officials said Tom Wu ordered Ann Lee's killing.",
			[]string{"Tom Wu -kill-> Ann Lee"}, nil,
			"an order that others report"},
		{"The CIA believes Tom Wu ordered the killing of Ann Lee.",
			[]string{"Tom Wu -kill-> Ann Lee"}, nil,
			"a reported order with the act's of-phrase"},
		{"Tom Wu ordered Norway's invasion of Sweden.",
			nil, []string{"Tom Wu -invade-> Norway"},
			"before an invasion the possessive names the invader"},
		{"Tom Wu planned Ann Lee's murder.",
			nil, []string{"Tom Wu -murder-> Ann Lee"},
			"a plan is no order"},
	})
}
