package entity

import "testing"

// TestParentCompany checks that a parent company named in an apposition,
// after a possessive or in a copula owns the company it is the parent of
// (that one is part_of it), also when "parent" stands between the two
// names, and that a subsidiary is still part of its parent, on sentences
// written for this test.
func TestParentCompany(t *testing.T) {
	const intro = "Tom Wu and Ann Lee met in Oslo on Monday. "
	runDefaultEdgeCases(t, []edgeCase{
		{intro + "Velby Holdings, the parent company of Nordic Air, was fined by the European Commission.",
			[]string{"Nordic Air -part_of-> Velby Holdings"}, []string{"Velby Holdings -part_of-> Nordic Air"},
			"an apposition"},
		{intro + "Norden, the parent group of Halvik Bank, cut jobs.",
			[]string{"Halvik Bank -part_of-> Norden"}, []string{"Norden -part_of-> Halvik Bank"},
			"group is a unit's noun too, but not after parent"},
		{intro + "Velby Holdings is the parent company of Nordic Air.",
			[]string{"Nordic Air -part_of-> Velby Holdings"}, []string{"Velby Holdings -part_of-> Nordic Air"},
			"a copula"},
		{intro + "Nordic Air's parent company, Velby Holdings, cut jobs.",
			[]string{"Nordic Air -part_of-> Velby Holdings"}, nil,
			"a possessive and an apposition"},
		{intro + "Halvik Air parent Velby Holdings said profits rose.",
			[]string{"Halvik Air -part_of-> Velby Holdings"}, []string{"Velby Holdings -part_of-> Halvik Air"},
			"the brand before parent, its owner after"},
		{intro + "Nordic Air parent company Velby Holdings cut jobs.",
			[]string{"Nordic Air -part_of-> Velby Holdings"}, nil,
			"parent company between the two names"},
		{intro + "Shareholders of Halvik Air parent Velby Holdings approved the deal.",
			nil, []string{"Shareholders of Halvik Air -part_of-> Velby Holdings"},
			"shareholders read as one name are no part of the parent"},
		{intro + "Halvik Bank is a subsidiary of Norden.",
			[]string{"Halvik Bank -part_of-> Norden"}, nil,
			"a subsidiary is part of its parent"},
	})
}
