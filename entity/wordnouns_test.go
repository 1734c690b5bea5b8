package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWordNounFor covers the for-phrase after the noun of a word or a
// name: it is what the word names, no one the act is done for. On
// sentences written for this test.
func TestWordNounFor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"\"The Harbor Front may be behind the blasts,\" police chief Tom Wu told reporters, using an old acronym for the Harbor Liberation Front.",
			nil, []string{"Tom Wu -use_for-> Harbor Liberation Front"}, "\"using an acronym for\" a group"},
		{"Ann Lee used a crude nickname for the Harbor Militia in her speech.",
			nil, []string{"Ann Lee -use_for-> Harbor Militia"}, "\"used a nickname for\" a group"},
	})
}
