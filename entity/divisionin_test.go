package entity

import "testing"

// TestDivisionNamed checks a place put in a division written as a name and
// a lower-case noun, on sentences written for this test.
func TestDivisionNamed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A bomb exploded near Kelbora in the Varuna district last night.",
			[]string{"Kelbora -locate_in-> Varuna"}, nil,
			"a town in the name of a district and the lower-case noun lies in the district"},
		{"Militants attacked a truck at Tamsoor in Varuna district on Friday.",
			[]string{"Tamsoor -locate_in-> Varuna"}, nil,
			"without the article too"},
		{"He left after picketers in Kelbury in the North Varuna region of Westland protested.",
			[]string{"Kelbury -locate_in-> North Varuna"}, nil,
			"a region's name and noun before of and its state"},
	})
}
