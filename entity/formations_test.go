package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFormationOfForce covers a formation's name ending in a noun such
// as Brigade, Corps or Battalion and "of" an armed force: the formation
// is part of the force, as a named Division is. On sentences written for
// this test.
func TestFormationOfForce(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The 12th Brigade of the Kenyan Army shelled Harbor Militia positions.",
			[]string{"12th Brigade -part_of-> Kenyan Army"}, nil, "Brigade"},
		{"Gunmen entered a compound manned by members of the 44th Corps of the Norwegian Army.",
			[]string{"44th Corps -part_of-> Norwegian Army"}, nil, "Corps, after members of"},
	})
}
