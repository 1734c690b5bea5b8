package entity

import "testing"

// TestPartners checks that a possessor's partner named beside the noun is
// its partner, on documents written for this test.
func TestPartners(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Press conference\n\nTom Wu's former business partner Ann Lee held a press conference.",
			[]string{"Ann Lee -partner_of-> Tom Wu"}, nil,
			"a partner named after the noun"},
		{"Coalition falls\n\nLabour's coalition partner, the Green Party, left the government.",
			[]string{"Green Party -partner_of-> Labour Party"}, nil,
			"a body's partner in apposition"},
		{"Wrestler dies\n\nTom Wu died on Sunday. \"We lost a brother,\" writes Wu's longtime tag team partner Ann Lee on her blog. Norway's oldest close military ally, Sweden, sent help.",
			[]string{"Ann Lee -partner_of-> Tom Wu", "Sweden -ally_of-> Norway"}, nil,
			"three lower-case modifiers before the relational noun (longtime tag team partner)"},
	})
}
