package entity

import "testing"

// TestDescribedAsRole covers a role that an actor's description of a
// person gives with "as", on invented sentences: the role is reported,
// as an appointment's is stated.
func TestDescribedAsRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway described Tom Wu as a member of the Oslo Workers Front. Ann Lee described Ola Berg as the leader of the Green Party.",
			[]string{"Tom Wu -member_of-> Oslo Workers Front", "Ola Berg -lead-> Green Party", "Norway -describe-> Tom Wu"}, nil,
			"described as a member or the leader of a body"},
		{"Tom Wu described Ann Lee as a critic of Halvik Bank.",
			nil, []string{"Ann Lee -member_of-> Halvik Bank", "Ann Lee -work_for-> Halvik Bank"},
			"a critic of a body holds no role in it"},
	})
}
