package entity

import "testing"

// TestForcesAbroad checks the acts of states on other states through
// their forces and envoys: an attack on unowned military sites placed in a
// state strikes the state, a withdrawal or recall of one's own troops or
// envoy is from the state named after "from" (or after "to" for an
// envoy), and a swap of prisoners is between the listed states, on
// sentences written for this test.
func TestForcesAbroad(t *testing.T) {
	const intro = "Tom Wu and Ann Lee met in Oslo on Monday. "
	runDefaultEdgeCases(t, []edgeCase{
		{intro + "Israel struck targets in Syria overnight.",
			[]string{"Israel -strike-> Syria"}, nil,
			"military sites placed in a state"},
		{intro + "Israel struck Hamas targets in Gaza overnight.",
			[]string{"Israel -strike-> Hamas"}, []string{"Israel -strike-> Gaza"},
			"the sites' owner named: the owner is struck"},
		{intro + "Hamas fired at Hezbollah positions near the border.",
			[]string{"Hamas -fire_at-> Hezbollah"}, nil,
			"a shot at the owner's sites is at the owner"},
		{intro + "Hamas fired on two positions used by Hezbollah on Thursday.",
			[]string{"Hamas -fire_on-> Hezbollah"}, nil,
			"the sites' user named after used by"},
		{intro + "Hamas fired on a base held by the Norwegian army.",
			[]string{"Hamas -fire_on-> Norwegian army"}, nil,
			"held by"},
		{intro + "Norway fired the Hezbollah office manager.",
			nil, []string{"Norway -fire-> Hezbollah"},
			"a bare fire is no shot"},
		{intro + "Tom Wu attacked targets in Oslo.",
			nil, []string{"Tom Wu -attack-> Oslo"},
			"a person's attack is placed, not one on the town"},
		{intro + "Police searched homes in Bergen.",
			nil, []string{"police -search-> Bergen"},
			"homes are no military sites"},
		{intro + "Norway withdrew its troops from Afghanistan.",
			[]string{"Norway -withdraw_from-> Afghanistan"}, nil,
			"one's own troops"},
		{intro + "Canada recalled its ambassador from Saudi Arabia on Monday.",
			[]string{"Canada -recall_from-> Saudi Arabia"}, nil,
			"one's own ambassador, from"},
		{intro + "The Netherlands recalled its envoy to Russia.",
			[]string{"Netherlands -recall_from-> Russia"}, nil,
			"one's own envoy, to his post"},
		{intro + "Norway sent its troops to Afghanistan.",
			nil, []string{"Norway -send_from-> Afghanistan"},
			"a verb of sending is no withdrawal"},
		{intro + "Russia and Ukraine swapped prisoners on Sunday.",
			[]string{"Russia -swap_with-> Ukraine"}, nil,
			"a swap between two states"},
	})
}
