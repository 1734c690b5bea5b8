package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAdviserToInCopula checks that a role of staff whose to-phrase names
// the one served is read after "was" and "became" as after "is", through
// the parse as kg build reads it, on sentences written for this test.
func TestAdviserToInCopula(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Staff\n\nTom Wu was an adviser to Ann Lee.",
			[]string{"Tom Wu -work_for-> Ann Lee"}, nil,
			"a past copula's predicate with to"},
		{"Staff\n\nTom Wu became an adviser to Ann Lee in 2010.",
			[]string{"Tom Wu -work_for-> Ann Lee"}, []string{"Tom Wu -become_to-> Ann Lee"},
			"became an adviser: the role, not the verb's phrase"},
		{"Staff\n\nAnn Lee became a senior adviser to the Norwegian government.",
			[]string{"Ann Lee -work_for-> Norwegian government"}, []string{"Ann Lee -become_to-> Norwegian government"},
			"became an adviser to a government"},
	})
}
