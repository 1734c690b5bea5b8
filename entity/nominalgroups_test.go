package entity

import "testing"

// TestNominalGroupTargets covers the actor after an act noun's
// preposition named by a state's adjective and a group noun, or listed
// after "both", and the acts of an operation against a foe and of a fine.
func TestNominalGroupTargets(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's attack on the Kenyan army killed ten.",
			[]string{"Norway -attack-> Kenyan army"},
			[]string{"Norway -attack-> Kenya"},
			"a state's adjective and a group noun after the preposition name the group"},
		{"Ann Lee condemned the Zeta Front's attack on both the Kenyan army and the police.",
			[]string{"Zeta Front -attack-> Kenyan army"},
			nil,
			"a list after both"},
		{"The Norwegian army launched a joint operation against the Zeta Front. Sweden imposed a fine of $2 million on Tom Wu.",
			[]string{"Norwegian army -operate_against-> Zeta Front", "Sweden -fine-> Tom Wu"},
			nil,
			"an operation launched against a foe, a fine imposed on someone"},
	})
}
