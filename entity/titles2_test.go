package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitleRegionName checks that a region's name of a place and a
// region's head noun after a title and "of" is one name ("the Governor of
// Tyumen Oblast"), not the place and a stray word.
func TestTitleRegionName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Monday the Governor of Tyumen Oblast, Ivan Sokolov, opened a new bridge over the river.",
			[]string{"Ivan Sokolov -lead-> Tyumen Oblast"}, []string{"Ivan Sokolov -lead-> Tyumen"},
			"a region's head noun after a title's place"},
		{"On Monday the Governor of Tyumen Oblast, Russia, opened a new bridge over the river.",
			[]string{"Tyumen Oblast -locate_in-> Russia"}, []string{"Oblast -locate_in-> Russia"},
			"the region's name placed by a state after a comma"},
	})
}
