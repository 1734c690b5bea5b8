package entity

import "testing"

// TestArmedBodies: a cartel, a syndicate or a militia is a body, and the
// name apposed to a role of one is the role's holder, not another name of
// the body. Invented stories.
func TestArmedBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police arrested the former leader of the Velmor Cartel, Tom Wu, on Monday.",
			[]string{"Police -arrest-> Tom Wu", "Tom Wu -lead-> Velmor Cartel"}, []string{"Police -arrest-> Velmor Cartel"},
			"the name after a role of a body and a comma holds the role"},
		{"Norway expelled the head of the Velmor Group, Ann Lee.",
			[]string{"Norway -expel-> Ann Lee", "Ann Lee -lead-> Velmor Group"}, nil,
			"the body's name may end in its own head noun"},
		{"The K12 militia attacked the town on Monday. Ann Lee on Sunday condemned the militia's attack on the army.",
			[]string{"Ann Lee -condemn-> K12"}, nil,
			"\"the militia\" takes up the militia named before"},
		{"Ann Lee of the Velmor charity criticised Norway on Monday. Tom Wu of the Halvik group told Reuters that the talks failed.",
			[]string{"Ann Lee -criticise-> Norway", "Tom Wu -tell-> Reuters"}, nil,
			"a person of a body written with its kind's noun is the subject, no thing named after a name"},
	})
}
