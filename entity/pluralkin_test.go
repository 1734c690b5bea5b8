package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPluralKin checks a possessive, a plural family noun and a list of
// names. The sentences are written for this test.
func TestPluralKin(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu died on Monday. He is survived by his children Ann Wu and Ola Wu. Cyd Ho thanked her parents Ivan Ho and Lena Ho.",
			[]string{"Tom Wu -parent_of-> Ann Wu", "Tom Wu -parent_of-> Ola Wu", "Ivan Ho -parent_of-> Cyd Ho", "Lena Ho -parent_of-> Cyd Ho"}, nil,
			"a plural family noun relates its possessor to each name listed after it"},
		{"Tom Wu thanked his two sons Kari Wu and Per Wu, and Ann Lee.",
			[]string{"Tom Wu -parent_of-> Kari Wu", "Tom Wu -parent_of-> Per Wu"}, []string{"Tom Wu -parent_of-> Ann Lee"},
			"the list ends at its last name after \"and\""},
	})
}
