package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitledLeaver checks that a person whose title in the sentence gives
// a post, and who resigns or steps down with nothing else named, leaves
// that post's body, on sentences written for this test.
func TestTitledLeaver(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nNorway's foreign minister Tom Wu resigned on Monday.",
			[]string{"Tom Wu -resign_from-> Norway"}, nil,
			"a possessive title"},
		{"Report\n\nTom Wu, the prime minister of Norway, resigned on Monday.",
			[]string{"Tom Wu -resign_from-> Norway"}, nil,
			"an apposition"},
		{"Report\n\nHalvik Motors chief executive Tom Wu steps down.",
			[]string{"Tom Wu -step_down_from-> Halvik Motors"}, nil,
			"a company's head"},
		{"Report\n\nHalvik Motors chief executive Tom Wu steps down effective immediately.",
			[]string{"Tom Wu -step_down_from-> Halvik Motors"}, nil,
			"when the step takes effect is nothing left"},
		{"Report\n\nNorway's foreign minister Tom Wu resigns, new minister sworn in.",
			[]string{"Tom Wu -resign_from-> Norway"}, nil,
			"a present that is only a verb's, after the name, is the verb"},
		{"Report\n\nNorwegian Prime Minister Tom Wu will resign on Monday.",
			nil, []string{"Tom Wu -resign_from-> Norway"},
			"a resignation to come"},
		{"Report\n\nNorwegian Prime Minister Tom Wu did not resign on Monday.",
			nil, []string{"Tom Wu -resign_from-> Norway"},
			"no resignation"},
		{"Report\n\nLabour MP Tom Wu resigned on Monday.",
			nil, []string{"Tom Wu -resign_from-> Labour Party"},
			"a party's member leaves no post of the party"},
	})
}
