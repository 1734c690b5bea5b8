package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestShortStateNames checks that a state news writes by its initials
// ("CAR") or its adjective ("Central African") is the state the report is
// about, so that a title with no state named is that state's and not the
// host of talks that the report names more often, on sentences written for
// this test.
func TestShortStateNames(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"CAR rebels agree truce\n\nRebels in CAR agreed a truce at talks in Kenya, a mediator said.\n\n" +
			"CAR has struggled since a coup ousted president Tom Wu in 2013.\n\nThe talks in Kenya began in May.\n\n" +
			"CAR's rebels will meet again in Kenya on Monday.",
			[]string{"Tom Wu -lead-> Central African Republic"}, []string{"Tom Wu -lead-> Kenya"},
			"the initials name the state the report is about, not the host of its talks"},
		{"Rebels agree truce\n\nRebels agreed a truce on Monday, Central African Defence Minister Tom Wu said.",
			[]string{"Tom Wu -work_for-> Central African Republic"}, nil,
			"the state's adjective"},
	})
}
