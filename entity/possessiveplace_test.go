package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPossessivePlace checks a place whose name holds a possessive
// ("Hawke's Bay") before a comma and a known state. The sentences are
// written for this test.
func TestPossessivePlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, from Hawke's Bay, New Zealand, served in the Wellington police force.",
			[]string{"Tom Wu -from-> Hawke's Bay", "Hawke's Bay -locate_in-> New Zealand"},
			[]string{"Tom Wu -from-> Hawke", "Bay -locate_in-> New Zealand"},
			"a possessive name before a comma and a known state is one place"},
		{"Ann Lee, who lives in King's Lynn, England, joined the Green Party.",
			[]string{"Ann Lee -live_in-> King's Lynn"}, []string{"Ann Lee -live_in-> Lynn"},
			"the owner word is part of the town's name"},
		{"Norway's Bergen, a port city, hosted Tom Wu.",
			[]string{"Bergen -locate_in-> Norway"}, nil,
			"a known state's possessive stays the state"},
	})
}
