package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRoleOfDescriptionThenPerson covers a role "of" or "for" a
// description of a body named before, then the holder's name in commas:
// the name is the role's holder, not the body's name, on invented reports.
func TestRoleOfDescriptionThenPerson(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Motors lost money last year.\n\nThe chief executive of the company, Ann Lee, resigned on Monday.",
			[]string{"Ann Lee -lead-> Halvik Motors"}, nil,
			"a chief executive of the company"},
		{"Halvik Motors lost money last year.\n\nA spokesman for the company, Tom Wu, said sales fell.",
			[]string{"Tom Wu -work_for-> Halvik Motors"}, nil,
			"a spokesman for the company"},
		{"Velmar Shipping bought a rival last year.\n\nThe company, Halvik Lines, said the deal was done.",
			nil, []string{"Halvik Lines -work_for-> Velmar Shipping", "Halvik Lines -lead-> Velmar Shipping"},
			"no role before the description: the name after it is still the body's own"},
	})
}
