package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonOfUniversityWorksForIt checks that a person "of" a university,
// a laboratory, a museum or a hospital works for it, while a person of a
// party, or an institute that may be one, belongs to it, and a student at
// a university stays its member, on documents written for this test.
func TestPersonOfUniversityWorksForIt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Biologist Ann Lee of the University of Lodi said the frogs had moved north.",
			[]string{"Ann Lee -work_for-> University of Lodi"}, []string{"Ann Lee -member_of-> University of Lodi"},
			"a scientist of a university"},
		{"Tom Wu of Halvik Research said the virus spreads fast.",
			[]string{"Tom Wu -work_for-> Halvik Research"}, []string{"Tom Wu -member_of-> Halvik Research"},
			"a research body named Research"},
		{"Mary Holt of the Bergen Museum of Art said the painting was a fake.",
			[]string{"Mary Holt -work_for-> Bergen Museum of Art"}, []string{"Mary Holt -member_of-> Bergen Museum of Art"},
			"a curator of a museum"},
		{"Tom Wu of the Labour Party said the vote was lost.",
			[]string{"Tom Wu -member_of-> Labour Party"}, []string{"Tom Wu -work_for-> Labour Party"},
			"a party's people are members"},
		{"Ann Lee, a student at the University of Lodi, said the fees were too high.",
			[]string{"Ann Lee -member_of-> University of Lodi"}, []string{"Ann Lee -work_for-> University of Lodi"},
			"a student belongs to the university"},
	})
}
