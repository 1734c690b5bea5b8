package entity

import "testing"

// TestZooInstitution covers a zoo or an aquarium, a body with a staff as a
// museum is: its director leads it (not the town its name opens with), a
// person "of" it works for it, and the word alone, capitalised as a
// sentence's first, names no body.
func TestZooInstitution(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, director of the Oslo Zoo, said the animals were safe.",
			[]string{"Tom Wu -lead-> Oslo Zoo"}, []string{"Tom Wu -lead-> Oslo"}, "a director"},
		{"Ann Lee of the Bergen Aquarium said the seal was healthy.",
			[]string{"Ann Lee -work_for-> Bergen Aquarium"}, nil, "a person of the aquarium"},
		{"Zoo director Tom Wu said the animals were safe.",
			nil, []string{"Tom Wu -lead-> Zoo"}, "the word alone"},
		{"Observatory director Ann Lee said the sky was clear.",
			nil, []string{"Ann Lee -lead-> Observatory"}, "an observatory alone"},
	})
}
