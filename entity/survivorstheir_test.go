package entity

import "testing"

// TestSurvivorsTheirChildren checks an obituary's list of survivors in
// which "their" children follow the spouse: the spouse is their parent
// too, and children with no "their" ("from his previous marriage") are
// the dead person's alone. The sentences are written for this test.
func TestSurvivorsTheirChildren(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu is survived by his wife Ann Lee and their two sons Per Wu and Ole Wu.",
			[]string{"Ann Lee -parent_of-> Per Wu", "Ann Lee -parent_of-> Ole Wu", "Tom Wu -parent_of-> Per Wu"}, nil,
			"their sons after the wife"},
		{"Tom Wu is survived by his second wife Ann Lee, their son Per Wu, and two daughters, Liv Wu and Kari Wu, from his previous marriage.",
			[]string{"Ann Lee -parent_of-> Per Wu", "Tom Wu -parent_of-> Liv Wu"}, []string{"Ann Lee -parent_of-> Liv Wu", "Ann Lee -parent_of-> Kari Wu"},
			"daughters with no \"their\" are his alone"},
	})
}
