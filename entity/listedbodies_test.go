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

// TestAppointedAsOwnStaff checks that a body that appoints a person as
// "its" or "their" staff, in the past or the perfect, employs the person,
// on sentences written for this test.
func TestAppointedAsOwnStaff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Coach\n\nHalden FC appointed Tom Wu as their new head coach.",
			[]string{"Tom Wu -work_for-> Halden FC"}, nil,
			"their before a staff noun"},
		{"Coach\n\nHalden FC have appointed Tom Wu as their new head coach.",
			[]string{"Tom Wu -work_for-> Halden FC"}, nil,
			"the perfect is active too"},
		{"Envoy\n\nNorway has appointed Tom Wu as its new ambassador.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a state's own envoy"},
		{"Coach\n\nTom Wu was appointed as head coach by Halden FC.",
			nil, []string{"Halden FC -work_for-> Tom Wu"},
			"a passive is read elsewhere"},
	})
}
