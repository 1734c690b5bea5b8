package entity

import "testing"

// TestFormalStateAndParticipation checks a state named by its formal name
// ("the Republic of Guinea"), which stands for the state, and a state's
// participation that a bloc suspends, which suspends the state.
func TestFormalStateAndParticipation(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway condemned the Republic of Guinea. The Kingdom of Denmark criticised the Republic of Sudan.",
			[]string{"Norway -condemn-> Guinea", "Denmark -criticise-> Sudan"}, nil,
			"a formal name stands for the state"},
		{"ECOWAS has suspended the participation of Mali in all its activities. The Nordic Council suspended Iceland's participation in its meetings.",
			[]string{"ECOWAS -suspend-> Mali", "Nordic Council -suspend-> Iceland"}, nil,
			"a state's participation suspended, after of or by its possessive"},
	})
}
