package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBasedFighters covers armed men named by a place's "-based"
// compound: a group named as written, placed there, and no people of the
// place's state. On sentences written for this test.
func TestBasedFighters(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Kenyan army has blamed Somalia-based militants for the raid.",
			[]string{"Kenyan army -blame-> Somalia-based militants", "Somalia-based militants -locate_in-> Somalia"},
			[]string{"Kenyan army -blame-> Somalia"}, "a state's -based compound before militants names a group"},
		{"Norway-based rebels attacked Swedish troops on Monday.",
			[]string{"Norway-based rebels -attack-> Swedish troops", "Norway-based rebels -locate_in-> Norway"},
			[]string{"Norway -attack-> Swedish troops"}, "the group acts"},
	})
}
