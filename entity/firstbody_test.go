package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFirstBodyNoun checks that a body's noun opening a sentence before a
// role noun and a name names the body the document named before, not a
// body of its own called "Company" or "Party".
func TestFirstBodyNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Motors recalled 20,000 cars on Monday.\n\nCompany spokesman Tom Wu said the fault was minor.",
			[]string{"Tom Wu -work_for-> Halvik Motors"}, []string{"Tom Wu -work_for-> Company"},
			"a company's spokesman"},
		{"The Halvik Labour Party lost the vote.\n\nParty leader Ann Lee resigned on Friday.",
			[]string{"Ann Lee -lead-> Halvik Labour Party"}, []string{"Ann Lee -lead-> Party"},
			"a party's leader"},
		{"Halvik Valley Police arrested two men.\n\nPolice spokesman Per Holt said they were held in Oslo.",
			[]string{"Per Holt -work_for-> Halvik Valley Police"}, nil,
			"Police keeps its own reading"},
	})
}
