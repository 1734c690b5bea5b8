package entity

import "testing"

// TestPollStanding checks that a poll or a count that "showed" a person
// with a share, ahead or behind gives no act of the pollster on the
// person, while showing someone around still does, on sentences written
// for this test.
func TestPollStanding(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Figures given by polling group Halvik Polls showed Ann Lee with 49 percent of the vote.",
			nil, []string{"Halvik Polls -show-> Ann Lee"},
			"a share in a poll"},
		{"Halvik Polls showed Ann Lee ahead of Per Holm.",
			nil, []string{"Halvik Polls -show-> Ann Lee"},
			"a lead in a poll"},
		{"Per Holm showed Ann Lee around Oslo.",
			[]string{"Per Holm -show-> Ann Lee"}, nil,
			"a guide shows a guest around"},
	})
}
