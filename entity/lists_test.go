package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListMembers checks that each member of a list of actors, in the
// subject or the object, takes part in the act, on sentences written for
// this test.
func TestListMembers(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, the chief executive of Halvik Holdings, and Tom Wu, the head of the Marren Group, signed the accord. Ann Lee, 45, and Tom Wu, 52, sued the Nordic Institute.",
			[]string{"Ann Lee -sign-> accord", "Tom Wu -sign-> accord", "Ann Lee -sue-> Nordic Institute", "Tom Wu -sue-> Nordic Institute"},
			[]string{"Halvik Holdings -sign-> accord"},
			"a subject list whose members carry appositions in commas: each named member acts, the apposition's organisation does not"},
		{"Tom Wu met Ann Lee, the head of the Marren Group, and Ola Berg on Monday. Police arrested Per Dahl, 45, and Kari Holm, 52.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -meet-> Ola Berg", "Police -arrest-> Per Dahl", "Police -arrest-> Kari Holm"}, nil,
			"an object list goes on after a member's apposition when ', and' and a name follow it"},
	})
}
