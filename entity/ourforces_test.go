package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSpokesmanOurForces covers the "us" and "our troops" of a quotation
// whose speaker is a state's force or speaks for one: the force, or the
// state the speaker serves, is what "we" are. On sentences written for
// this test.
func TestSpokesmanOurForces(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"\"The Harbor Militia attacked us at dawn,\" the Kenyan army said.",
			[]string{"Harbor Militia -attack-> Kenyan army"}, nil, "a state's army speaks as a body"},
		{"\"The Harbor Militia attacked our military forces at dawn,\" said Tom Wu, a spokesman for the Kenyan army.",
			[]string{"Harbor Militia -attack-> Kenyan army"}, nil, "\"our military forces\" of a force's spokesman"},
		{"\"The Harbor Militia attacked our troops at dawn,\" Kenyan army officer Tom Wu said.",
			[]string{"Harbor Militia -attack-> Kenyan army"}, nil, "\"our troops\" of a state's officer"},
		{"\"Harbor Militia attacked our military forces at 4 a.m.\" in the Upper Tana region, Kenyan military officer Tom Wu told Reuters.",
			[]string{"Harbor Militia -attack-> Kenyan military"}, nil, "a place phrase between the quotation and its speaker"},
	})
}
