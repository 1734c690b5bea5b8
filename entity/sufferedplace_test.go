package entity

import "testing"

// TestSufferedPlace checks that a person killed or arrested, with no
// agent named, is placed in the town after a site as one who died there
// is, on sentences written for this test.
func TestSufferedPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was murdered last October in the consulate in Bergen.",
			[]string{"Tom Wu -murder-> in Bergen"}, nil,
			"a date and a site before the town"},
		{"Ann Lee was arrested at a hotel in Bergen.",
			[]string{"Ann Lee -arrest_in-> Bergen"}, nil,
			"a site after at"},
		{"Tom Wu was killed in Bergen on Monday.",
			[]string{"Tom Wu -kill-> in Bergen"}, nil,
			"the town itself"},
		{"Tom Wu was killed by Ann Lee in a hotel in Bergen.",
			[]string{"Ann Lee -kill-> Tom Wu"}, []string{"Tom Wu -kill-> in Bergen"},
			"an agent named: the act is the agent's"},
	})
}
