package entity

import "testing"

// TestListedBodiesOfRole checks that a role of one body is held in each
// body listed after it, and that a town's state after a comma is no such
// body, on sentences written for this test.
func TestListedBodiesOfRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Nominee\n\nTom Wu was the nominee of the Labour Party and the Green Party.",
			[]string{"Tom Wu -member_of-> Labour Party", "Tom Wu -member_of-> Green Party"}, nil,
			"a nominee of two parties"},
		{"Boards\n\nTom Wu was a board member of Halvik Motors and Norland Steel.",
			[]string{"Tom Wu -member_of-> Halvik Motors", "Tom Wu -member_of-> Norland Steel"}, nil,
			"a board member of two companies"},
		{"Mayor\n\nTom Wu, the mayor of Bergen, Norway, was found dead on Friday.",
			[]string{"Tom Wu -lead-> Bergen"}, []string{"Tom Wu -lead-> Norway"},
			"a town's state after a comma is no second body"},
	})
}
