package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLegalActions covers a lawsuit, complaint or charges that a verb
// sets going against an actor, on invented stories.
func TestLegalActions(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss brought a lawsuit against Microsoft in May.",
			[]string{"Rita Voss -sue-> Microsoft"}, []string{"Rita Voss -bring_against-> Microsoft"},
			"a lawsuit brought sues"},
		{"The FBI unsealed new charges against Joel Sand on Monday.",
			[]string{"FBI -charge-> Joel Sand"}, nil,
			"charges unsealed charge"},
		{"The FBI pressed charges against Mira Holt last week.",
			[]string{"FBI -charge-> Mira Holt"}, nil,
			"charges pressed charge"},
		{"Mira Holt brought a complaint against Intel.",
			[]string{"Mira Holt -complain_about-> Intel"}, nil,
			"a complaint brought"},
		{"The FBI may bring charges against Joel Sand.",
			nil, []string{"FBI -charge-> Joel Sand"},
			"charges that may come are none yet"},
	})
}
