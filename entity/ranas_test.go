package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRanAsMember checks that "as a" and a party's member noun after a
// verb of a candidacy or an office make the clause's subject a member of
// the party, and that other verbs, intentions and describers do not.
func TestRanAsMember(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu ran for Congress as a Republican in 2010 in Ohio. Ann Lee was elected as a Democrat in 2018.",
			[]string{"Tom Wu -member_of-> Republican Party", "Ann Lee -member_of-> Democratic Party"}, nil,
			"a run and an election as a party's member"},
		{"Mia Berg hopes to run as a Democrat. Ola Holt described Tom Wu as a Republican.",
			nil, []string{"Mia Berg -member_of-> Democratic Party", "Ola Holt -member_of-> Republican Party"},
			"an intention states nothing, nor does a describer's verb"},
	})
}
