package entity

import "testing"

// TestDecidedActCounted checks an act a decision names whose object is
// counted and named by a nationality ("Norway's decision to expel two
// Danish diplomats"): the group is acted on, not the state its adjective
// names.
func TestDecidedActCounted(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's decision to expel two Danish diplomats angered Denmark.",
			[]string{"Norway -expel-> Danish diplomats"}, []string{"Norway -expel-> Denmark"},
			"a count before the group"},
		{"Sweden protested against Finland's decision to expel the three Swedish diplomats.",
			[]string{"Finland -expel-> Swedish diplomats"}, []string{"Finland -expel-> Sweden"},
			"an article and a count before the group"},
		{"Sweden protested against Finland's decision to expel the three Swedish journalists.",
			nil, []string{"Finland -expel-> Sweden"},
			"a nationality before people who are no group kg knows is no state expelled"},
	})
}
