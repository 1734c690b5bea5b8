package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLeftToBecome covers a post left for another ("resigned to become
// mayor"), which says the new post was taken, on invented sentences.
func TestLeftToBecome(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Lia Dorn resigned to become mayor of Dayton.",
			[]string{"Lia Dorn -lead-> Dayton"}, []string{"Lia Dorn -become-> Dayton"},
			"a post left for another: the new one is held"},
		{"Lia Dorn hopes to become mayor of Dayton.",
			nil, []string{"Lia Dorn -lead-> Dayton"},
			"a post hoped for is not held"},
	})
}
