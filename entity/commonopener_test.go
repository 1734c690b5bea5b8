package entity

import "testing"

// TestCommonBodyOpener checks that a body's or a facility's noun,
// capitalised only as the sentence's first word before a role noun and a
// name, is no organisation, unless a body named before ends or starts
// with it.
func TestCommonBodyOpener(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Hospital spokeswoman Ann Lee said two people died.",
			nil, []string{"Ann Lee -work_for-> Hospital"},
			"a facility's noun"},
		{"Clinic manager Ann Lee, of the Halvik Trust, disagreed.",
			[]string{"Ann Lee -work_for-> Halvik Trust"}, []string{"Ann Lee -work_for-> Clinic"},
			"a facility's noun before the body she is of"},
		{"Program manager Tom Wu resigned on Monday.",
			nil, []string{"Tom Wu -work_for-> Program"},
			"a body's noun"},
		{"The Swedish Embassy in Oslo issued a statement. Embassy spokesman Tom Wu said the visa was refused.",
			[]string{"Tom Wu -work_for-> Swedish Embassy"}, nil,
			"the short name of a body named before"},
	})
}
