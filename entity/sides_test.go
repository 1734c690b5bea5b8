package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSideSet covers "the two sides" and "both sides" after a state and
// an organisation, or two organisations: the parties of a conflict or a
// talk are as often a government and a rebel group as two states, and
// the phrase takes them up as "the two countries" takes up two states.
// On sentences written for this test.
func TestSideSet(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Lund Liberation Front and the Harbor Militia fought a long war in the north. The two sides signed a ceasefire in May.",
			[]string{"Lund Liberation Front -sign_with-> Harbor Militia"}, nil,
			"\"the two sides\" after two armed groups"},
		{"Norway and the Harbor Militia held talks in Oslo on Monday. Both sides later criticised the United Nations.",
			[]string{"Norway -criticise-> United Nations", "Harbor Militia -criticise-> United Nations"}, nil,
			"\"both sides\" after a state and a militia"},
		{"Norway's government and the Harbor Militia fought a long war in the north. The two sides signed a ceasefire in May.",
			[]string{"Norwegian government -sign_with-> Harbor Militia"}, nil,
			"a state's possessive before its government is no side of its own"},
		{"Norway, Sweden and the Harbor Militia held talks in Oslo on Monday. Both sides later criticised the United Nations.",
			nil, []string{"Sweden -criticise-> United Nations", "Harbor Militia -criticise-> United Nations"},
			"three parties named before \"both sides\": which two is not clear"},
	})
}
