package extract_test

import "testing"

// TestRegularPastAfterName checks that a regular past in -ed that the
// tagger reads as a noun right after a name, before a preposition or an
// object, is the clause's verb ("Ann Lee of the University of Halvik
// disagreed with ..."), as the past forms that are never nouns are.
func TestRegularPastAfterName(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{`Mara Velden of the University of Nortavia disagreed with these findings: "It fails. It hurts."`,
			"Mara Velden of the University of Nortavia", "disagreed with", "these findings", "a past in -eed before a colon and a quote"},
		{"Mara Velden of the University of Nortavia disagreed with these findings.",
			"Mara Velden of the University of Nortavia", "disagreed with", "these findings", "the same with no quote, as before"},
	})
}
