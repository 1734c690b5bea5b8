package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLinkedCompound covers a compound of a state's or a body's name and
// "-linked" or "-aligned" before an armed group: the group is allied to
// it, as "-allied" says. On sentences written for this test.
func TestLinkedCompound(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Harbor Militia, an Iran-linked group, attacked Kenyan troops.",
			[]string{"Iran -ally_of-> Harbor Militia"}, nil, "\"Iran-linked\" in an apposition"},
		{"Iran-aligned Houthi rebels fired missiles at Saudi Arabia.",
			[]string{"Iran -ally_of-> Houthis"}, nil, "\"Iran-aligned\" before a group's name"},
	})
}
