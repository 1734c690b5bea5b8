package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinedQuotes checks, on sentences written for this test, that a
// second quotation joined to the first by "and" in the same sentence
// ('said "..." and "..."') speaks in the first one's voice, so that its
// "we" is the speaker, while a quotation of a sentence of its own with no
// speaker is left alone.
func TestJoinedQuotes(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Norland President Tom Wu spoke on Monday. Senator Ann Lee said on Friday "We asked the president again: keep the schools open" and "So we told the president we wanted the money."`,
			[]string{"Ann Lee -tell-> Tom Wu"},
			nil,
			"the second quotation after and goes on in the speaker's voice"},
		{`Norland President Tom Wu spoke on Monday. Ann Lee praised the plan. The crowd was large. "We told the president we needed the money."`,
			nil,
			[]string{"Ann Lee -tell-> Tom Wu"},
			"a quotation of its own, far from any speaker, stays unvoiced"},
	})
}
