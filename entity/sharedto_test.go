package entity

import "testing"

// TestSharedInfinitiveTo checks that a second infinitive joined by "and"
// after the first's object shares the first's "to", and so its purpose or
// plan, on sentences written for this test.
func TestSharedInfinitiveTo(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee travelled to Oslo to meet Per Holm and sign a deal with Sweden.",
			[]string{"Ann Lee -travel_to-> Oslo"}, []string{"Ann Lee -sign_with-> Sweden", "Ann Lee -meet-> Per Holm"},
			"both infinitives are the trip's purpose"},
		{"Ann Lee plans to meet Per Holm and visit Sweden.",
			nil, []string{"Ann Lee -visit-> Sweden"},
			"both are planned"},
		{"Ann Lee agreed to meet Per Holm and signed a deal with Sweden.",
			[]string{"Ann Lee -sign_with-> Sweden"}, nil,
			"a finite verb after and was done"},
	})
}
