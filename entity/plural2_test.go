package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSetBodies covers "their" and a plural of a state's body after a
// phrase that takes up a set of states ("Both countries have put their
// armies on alert"): each state acts on its own body, which is part of
// it, never on the other's. On sentences written for this test.
func TestSetBodies(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Vietnam fired shells into Cambodia on Monday. Cambodia fired rockets at Vietnam later that day. Both countries have put their armies on alert.",
			[]string{"Vietnam -put-> Vietnamese army", "Cambodia -put-> Cambodian army", "Vietnamese army -part_of-> Vietnam", "Cambodian army -part_of-> Cambodia"},
			[]string{"Vietnam -put-> Cambodian army", "Cambodia -put-> Vietnamese army"},
			"\"their armies\" after \"both countries\": each state's own army"},
		{"Norway and Sweden signed a border treaty on Monday. Both nations then consulted their parliaments.",
			[]string{"Norway -consult-> Norwegian parliament", "Sweden -consult-> Swedish parliament"},
			[]string{"Norway -consult-> Swedish parliament", "Sweden -consult-> Norwegian parliament"},
			"\"their parliaments\" after \"both nations\""},
	})
}
