package entity

import "testing"

// TestSideOfPlayer covers "his side", "her team" or "their club" after a
// player, captain or coach the document ties to one team: the team.
func TestSideOfPlayer(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Velby United striker Tom Wu scored twice as his side beat Norland FC.",
			[]string{"Velby United -beat-> Norland FC"}, []string{"Tom Wu -score_as-> Norland FC"}, "a striker's side"},
		{"Ann Lee plays for Velby United. On Sunday her club beat Norland FC 2-0.",
			[]string{"Velby United -beat-> Norland FC"}, nil, "a club named before"},
		{"Tom Wu said his team beat Norland FC.",
			nil, []string{"Tom Wu -beat-> Norland FC"}, "no team named"},
	})
}
