package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlacedApposition covers a description in apposition to a name whose
// words name a place, closed by a relative pronoun, on invented stories:
// the relative clause's acts are the named actor's.
func TestPlacedApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A jury convicted Tom Wu, the Oslo lawyer who represented Ann Lee in her lawsuit against Rita Holm, of fraud.",
			[]string{"Tom Wu -represent-> Ann Lee", "Ann Lee -sue-> Rita Holm"}, nil,
			"a town before the noun"},
		{"Yesterday, a jury convicted Joel Sand, the California, US lawyer who represented singer Mia Berg in her lawsuit, of fraud.",
			[]string{"Joel Sand -represent-> Mia Berg"}, nil,
			"a town and its country before the noun, which the extractor cuts at the comma"},
	})
}
