package entity

import "testing"

// TestVotedToElectAs covers the as-phrase of an election or appointment
// that a vote carries out, or that an apposition between dashes or commas
// separates from the person, on invented sentences.
func TestVotedToElectAs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Labour Party members voted to elect Tom Wu as the new Labour leader.",
			[]string{"Tom Wu -lead-> Labour Party", "Labour Party members -elect-> Tom Wu"}, nil,
			"'voted to elect X as' puts X in the post, as 'elected X as' does"},
		{"The Halvik Council has decided to appoint Ann Lee as its chairwoman.",
			[]string{"Ann Lee -lead-> Halvik Council"}, nil,
			"'decided to appoint X as its' post"},
		{"Labour Party members plan to elect Tom Wu as the new Labour leader.",
			nil, []string{"Tom Wu -lead-> Labour Party"},
			"a plan to elect puts no one in the post"},
		{"Labour Party members elected Tom Wu — former Foreign Minister, mayor of Oslo, and member of Parliament — as the new Labour leader.",
			[]string{"Tom Wu -lead-> Labour Party", "Tom Wu -member_of-> Parliament"}, nil,
			"a list between dashes, commas and all, before the as-phrase"},
		{"The Halvik Council elected Ann Lee, a lawyer from Bergen, as its chairwoman.",
			[]string{"Ann Lee -lead-> Halvik Council"}, []string{"Ann Lee -lead-> Bergen"},
			"'its' after an apposition naming a place is the body electing"},
	})
}
