package entity

import "testing"

// TestFirmPartner checks that a partner at a firm works for it, and that
// a person's or a body's partner is still a partner, on sentences written
// for this test.
func TestFirmPartner(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Trial\n\nAnn Lee, a partner at Halvik Bank, said the ruling was wrong.",
			[]string{"Ann Lee -work_for-> Halvik Bank"}, nil,
			"a partner at a firm"},
		{"Trial\n\nAnn Lee, a former prosecutor who is now a partner at Halvik Bank, said so.",
			[]string{"Ann Lee -work_for-> Halvik Bank"}, nil,
			"in a relative clause"},
		{"Trial\n\nTom Wu and his partner Ann Lee moved to Oslo.",
			[]string{"Ann Lee -partner_of-> Tom Wu"}, []string{"Ann Lee -work_for-> Tom Wu"},
			"a person's partner"},
	})
}
