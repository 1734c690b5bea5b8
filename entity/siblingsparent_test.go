package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSiblingsParent checks that a parent named after two coordinated
// names, the last a possessive ("Ann Lee and Tom Lee's mother, Mary Lee"),
// is each one's parent when the document has made the two siblings, on
// sentences written for this test.
func TestSiblingsParent(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Family\n\nTom Lee is the brother of Ann Lee. Ann Lee and Tom Lee's mother, Mary Lee, wept at the news.",
			[]string{"Mary Lee -parent_of-> Ann Lee", "Mary Lee -parent_of-> Tom Lee"}, nil,
			"the siblings' mother"},
		{"Family\n\nTom Lee met Ann Lee in Oslo. Ann Lee and Tom Lee's mother, Mary Lee, wept at the news.",
			[]string{"Mary Lee -parent_of-> Tom Lee"}, []string{"Mary Lee -parent_of-> Ann Lee"},
			"no siblings stated: the mother may be the possessor's alone"},
	})
}
