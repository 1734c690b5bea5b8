package entity

import "testing"

// TestCitedSourceThroughItsData checks that citing what a body made, its
// data, figures or report, cites the body, on sentences written for this
// test.
func TestCitedSourceThroughItsData(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"NTV reported, citing Oslo University data, that cases rose.",
			[]string{"NTV -cite-> Oslo University"}, nil, "the name before the data"},
		{"NTV reported, citing Oslo University's figures, that cases rose.",
			[]string{"NTV -cite-> Oslo University"}, nil, "a possessive"},
		{"NTV reported, citing data from Oslo University, that cases rose.",
			[]string{"NTV -cite-> Oslo University"}, nil, "the name after from"},
		{"NTV, citing a report by the Halvik Institute, said that cases rose.",
			[]string{"NTV -cite-> Halvik Institute"}, nil, "the name after by"},
		{"Tom Wu criticized Oslo University data on Monday.",
			nil, []string{"Tom Wu -cite-> Oslo University"}, "no citing verb"},
	})
}
