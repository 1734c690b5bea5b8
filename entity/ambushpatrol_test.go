package entity

import "testing"

// TestAmbushedPatrol covers an ambush or an assault on a state's patrol or
// convoy: an act on the state that owns it.
func TestAmbushedPatrol(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Front fighters ambushed a Norwegian convoy.",
			[]string{"Halvik Front fighters -ambush-> Norway"}, nil,
			"an ambush on a convoy"},
		{"Halvik Front fighters attacked a Norwegian patrol.",
			[]string{"Halvik Front fighters -attack-> Norway"}, nil,
			"an attack on a patrol"},
		{"NATO said Norwegian troops killed Tom Wu.",
			[]string{"Norwegian troops -kill-> Tom Wu"}, nil,
			"the clause a verb of saying reports, its verb tagged as a past tense"},
	})
}
