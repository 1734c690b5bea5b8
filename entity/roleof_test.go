package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRoleOfDescribedBody checks the roles a copula or "known as" gives
// through a role noun, "of" and a body. The sentences are written for this
// test.
func TestRoleOfDescribedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was widely known as the founder of Halvik Motors. Ann Lee is best known as the chairman of Norland Steel.",
			[]string{"Tom Wu -found-> Halvik Motors", "Ann Lee -lead-> Norland Steel"}, nil,
			"what a person is known as is held true of the person, as what the person is considered"},
		{"Ann Lee was the bassist of the rock band Blue Ravens. Tom Wu is the co-founder of the steel company Halvik Metals.",
			[]string{"Ann Lee -member_of-> Blue Ravens", "Tom Wu -found-> Halvik Metals"}, nil,
			"lower-case words that describe the body may stand between \"of the\" and its name"},
	})
}
