package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestIndefiniteOffice checks that an office's initials after "One" or
// "Another" name an unnamed holder, no actor, while a named one stays.
func TestIndefiniteOffice(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"One MP told the BBC that the vote was unfair.",
			nil, []string{"MP -tell-> BBC"},
			"one MP"},
		{"Another CEO told Reuters that the plan had failed.",
			nil, []string{"CEO -tell-> Reuters"},
			"another CEO"},
		{"Labour MP Ann Lee told the BBC that the vote was unfair.",
			[]string{"Ann Lee -tell-> BBC"}, nil,
			"a named MP"},
	})
}
