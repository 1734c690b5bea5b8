package entity

import "testing"

// TestMiddlePlace checks that a place's one-word name between a given name
// and an unknown capitalised word is a person's middle name, on documents
// written for this test.
func TestMiddlePlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Two shells hit the camp, Harbor Alliance spokesman Omar Cairo Haddad said.",
			[]string{"Omar Cairo Haddad -work_for-> Harbor Alliance"}, []string{"Haddad -work_for-> Harbor Alliance"},
			"after a body's title"},
		{"Ola Berg met Omar Cairo Haddad in Oslo on Monday.",
			[]string{"Ola Berg -meet-> Omar Cairo Haddad"}, nil,
			"a name alone"},
		{"Ola Berg met Ahmed Cairo University staff in Oslo.",
			nil, []string{"Ola Berg -meet-> Ahmed Cairo University"},
			"a body's head word after the place is no surname"},
	})
}
