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

// TestSurvivorsAreKin checks that the people an obituary's list of
// survivors names are kin of the dead person, not the subjects of
// "survive" ([docState.survivedKin]). The sentences are written for this
// test.
func TestSurvivorsAreKin(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu died on Monday. Wu is survived by his wife Ann Lee and two sons, Per Wu and Ole Wu.",
			[]string{"Tom Wu -married_to-> Ann Lee", "Tom Wu -parent_of-> Per Wu"},
			[]string{"Ann Lee -survive-> Tom Wu", "Per Wu -survive-> Tom Wu"},
			"the list states kin; outliving is no act between them"},
	})
}
