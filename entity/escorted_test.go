package entity

import "testing"

// TestEscortedTraveller checks that a participle of accompanying after
// a traveller's destination tells of the traveller, not the place, on
// sentences written for this test.
func TestEscortedTraveller(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Lars Holm arrived in Bergen accompanied by Mia Berg.",
			[]string{"Mia Berg -accompany-> Lars Holm"}, []string{"Mia Berg -accompany-> Bergen"},
			"the traveller to a town"},
		{"Lars Holm returned to the Norvik Institute escorted by Mia Berg on Monday.",
			[]string{"Mia Berg -escort-> Lars Holm"}, []string{"Mia Berg -escort-> Norvik Institute"},
			"the traveller to a body"},
	})
}
