package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinedAsKind checks that joining people as what they are ("joining
// Ann Lee and Tom Wu as candidates") is no act on them.
func TestJoinedAsKind(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mary Cole emerged as a contender for the post, joining Ann Lee, Kari Dahl and Tom Ward as potential candidates. Ola Berg joined the Harbor Party in 2010.",
			[]string{"Ola Berg -join-> Harbor Party"},
			[]string{"Mary Cole -join-> Ann Lee", "Mary Cole -join-> Kari Dahl", "Mary Cole -join-> Tom Ward"},
			"joining people as candidates puts the subject among them"},
	})
}
