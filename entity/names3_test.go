package entity

import "testing"

// TestDealSlotNames checks that a lone proper noun the recogniser has no
// name for is kept as a body when it buys, sues or announces, or is
// bought or sued, and that plurals and known people are left alone.
func TestDealSlotNames(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Quorvex bought Tallmarsh.", []string{"Quorvex -buy-> Tallmarsh"}, nil,
			"a lone subject and object of bought"},
		{"Ola Berg sued Tallmarsh in March.", []string{"Ola Berg -sue-> Tallmarsh"}, nil,
			"the object of sued"},
		{"In 2011 Quorvex acquired Tallmarsh for $4 billion.", []string{"Quorvex -acquire-> Tallmarsh"}, nil,
			"after a year"},
		{"Quorvex has bought Tallmarsh.", []string{"Quorvex -buy-> Tallmarsh"}, nil,
			"an auxiliary between the subject and its verb"},
	})
	runTypeCases(t, []typeCase{
		{"Engineers announced the plan on Monday.", "Engineers", "", "", "a plural common noun is no name"},
	})
}

// TestTitleWordParty checks that a word spelled as a title before "and"
// and words ending in "Party" opens one party's name, not a description.
func TestTitleWordParty(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee joined the Justice and Freedom Party in 2004.",
			[]string{"Ann Lee -join-> Justice and Freedom Party"}, []string{"Ann Lee -join-> Freedom Party"},
			"an unknown party"},
		{"Tom Wu now leads the Justice and Development Party.",
			[]string{"Tom Wu -lead-> Justice and Development Party"}, nil,
			"a party the gazetteer knows"},
	})
}
