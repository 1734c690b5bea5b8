package entity

import "testing"

// TestFormerScopesItsOwnConjunct checks that "former" in the first of two
// descriptions joined by "and" and an article leaves the second one's role
// current, on documents written for this test.
func TestFormerScopesItsOwnConjunct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Among the new ministers is Tomas Ekdal, a former defence minister and a member of the Harbor Party.",
			[]string{"Tomas Ekdal -member_of-> Harbor Party"},
			[]string{"Tomas Ekdal -leave-> Harbor Party"},
			"a former office, then a current membership"},
		{"Tomas Ekdal, a former mayor and the leader of the Harbor Party, spoke on Monday.",
			[]string{"Tomas Ekdal -lead-> Harbor Party"}, nil,
			"a former office, then a current lead"},
		{"Tomas Ekdal, a former member of the Harbor Party, spoke on Monday.",
			[]string{"Tomas Ekdal -leave-> Harbor Party"}, nil,
			"former before the role itself still makes it past"},
	})
}
