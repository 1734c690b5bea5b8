package entity

import "testing"

// TestSeatRestated checks that a legislator's bare title ("Senator Wu")
// restates, in its own sentence, the seat an earlier title of the same
// person gave ("United States senator Tom Wu"), in a report that names
// no chamber itself; another person's bare title gets no seat from it.
// The sentences, after a headline, are written for this test.
func TestSeatRestated(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Talks held in Oslo\n\nUnited States senator Tom Wu spoke in Oslo on Monday. Ann Lee met Senator Per Holm on Tuesday.",
			"", 2,
			"another person's bare title names no seat the first was given"},
		{"Talks held in Oslo\n\nUnited States senator Tom Wu spoke in Oslo on Monday. Ann Lee met Senator Wu on Tuesday.",
			"Tom Wu -member_of-> United States Senate", 2,
			"a title with the state, then the bare title"},
		{"Talks held in Oslo\n\nAnn Lee shot United States senator and presidential candidate Tom Wu in 1968. Ann Lee, a Palestinian from Jordan, opposed Senator Wu's policy.",
			"Tom Wu -member_of-> United States Senate", 2,
			"a seat read from coordinated titles, then the bare title in a possessive"},
	}, "member_of")
}
