package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSuspectedClause covers "suspect" with a clause for its object: the
// clause's doer is the one suspected; a state the clause describes is
// no act of anyone's. On sentences written for this test.
func TestSuspectedClause(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Kenyan police said they suspected the Harbor Militia carried out the raid on the base.",
			[]string{"Kenyan police -suspect-> Harbor Militia"}, nil, "the doer of the suspected act"},
		{"Kenya suspected the Harbor Militia planted the bomb.",
			[]string{"Kenya -suspect-> Harbor Militia"}, nil, "a state suspects"},
		{"Norway suspected Tom Wu was ill.",
			nil, []string{"Norway -suspect-> Tom Wu"}, "a copula's clause states no act"},
	})
}
