package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRelativeNaming checks that a description followed by a relative
// clause that names it ("the organisation which is called Halvik Data")
// is the name, not another body the description fits, on sentences
// written for this test.
func TestRelativeNaming(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee studied at Oslo University. Later Ann Lee went to the organisation which is called Halvik Data.",
			[]string{"Ann Lee -go_to-> Halvik Data"}, []string{"Ann Lee -go_to-> Oslo University", "Oslo University -call-> Halvik Data"},
			"which is called"},
		{"Tom Wu sued the company that was named Halvik Data, and left.",
			[]string{"Tom Wu -sue-> Halvik Data"}, nil,
			"that was named, ended by a comma"},
		{"Tom Wu met a lawyer who is called Ann Lee.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"who is called"},
	})
}
