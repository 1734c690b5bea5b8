package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDenialOfSameSentenceClaim covers "denied the allegation" after a
// claim made earlier in the same sentence: the denier answers that
// claimant, not one of the sentences before; "blamed" makes a claim as
// "accused" does. On sentences written for this test.
func TestDenialOfSameSentenceClaim(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway has accused Sweden of spying. The Danish navy blamed Swedish agents for the attack, while Stockholm has denied the allegation.",
			[]string{"Stockholm -deny-> Danish navy"}, []string{"Stockholm -deny-> Norway"},
			"the claim of the same sentence"},
		{"Norway has accused Sweden of spying. Stockholm has denied the allegation.",
			[]string{"Stockholm -deny-> Norway"}, nil, "the claim of the sentence before"},
	})
}
