package entity

import "testing"

// TestCoordinatedBare checks that a coordinated subject that coordinated
// with no object did so with each other, and that one that coordinated
// something did not, on sentences written for this test.
func TestCoordinatedBare(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Case\n\nNorwegian and Swedish police have coordinated closely on the case.",
			[]string{"Norwegian police -coordinate_with-> Swedish police"}, nil,
			"no object: with each other"},
		{"Case\n\nNorway and Sweden coordinated their response.",
			nil, []string{"Norway -coordinate_with-> Sweden"},
			"an object: a joint act"},
	})
}
