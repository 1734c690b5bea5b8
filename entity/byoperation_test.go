package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOperationByAgent checks the passive whose by-phrase names an
// operation, or what was fired, after its agent. The sentences are written
// for this test.
func TestOperationByAgent(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was killed by a Norwegian airstrike in Bergen. Ann Lee was killed last week by a Swedish military drone strike near Oslo.",
			[]string{"Norway -kill-> Tom Wu", "Sweden -kill-> Ann Lee"}, nil,
			"a strike named after its agent that killed a person in a by-phrase: the agent killed"},
		{"Ola Berg was wounded by Danish shelling. Kari Dahl was killed by a Finnish missile on Monday.",
			[]string{"Denmark -wound-> Ola Berg", "Finland -kill-> Kari Dahl"}, nil,
			"shelling or a missile named after its agent in a by-phrase: the agent harmed"},
		{"Per Lund was killed by a strike on a Norwegian base. Cyd Ho was killed by a roadside bomb.",
			nil, []string{"Norway -kill-> Per Lund"},
			"a target's name after on names no agent"},
	})
}
