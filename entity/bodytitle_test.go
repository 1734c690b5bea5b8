package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadBeforeTitle checks that a body's head word alone before a
// capitalised title ("Council President", "Board Member") is the body the
// document named in full before.
func TestHeadBeforeTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Members of the Harbor Legislative Council met on Monday. Council President Tom Ward adjourned the session after an hour.",
			[]string{"Tom Ward -lead-> Harbor Legislative Council"}, []string{"Tom Ward -lead-> Council"},
			"a title after the head word"},
		{"The Nordic Aviation Safety Board said it would investigate the crash, led by Board Member Ann Lee.",
			[]string{"Ann Lee -member_of-> Nordic Aviation Safety Board"}, []string{"Ann Lee -member_of-> Board"},
			"a staff noun written as a title after the head word"},
	})
}
