package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFactsCoref12 covers the coref12 rules on documents of our own: which
// actor a description or pronoun gives a fact.
func TestFactsCoref12(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Oslo Police soon arrived and detained Tom Wu on Monday.",
			[]string{"Oslo Police -detain-> Tom Wu"}, []string{"Oslo Police -arrive-> Tom Wu"},
			"a verb that takes no object shares none with the next verb of its coordination"},
	})
}
