package entity

import "testing"

// TestAlsoOfBody covers "also" in a person's apposition of a body, on
// invented sentences: the person belongs to the body, as without it.
func TestAlsoOfBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu of Halvik Bank spoke. His wife Ann Lee, also of Halvik Bank, said it was fine. Ola Berg, also of the Green Party, agreed.",
			[]string{"Ann Lee -work_for-> Halvik Bank", "Ola Berg -member_of-> Green Party"}, nil,
			"', also of' a body gives the role ', of' gives"},
	})
}
