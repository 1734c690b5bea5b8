package entity

import "testing"

// TestOppositionLeaderOfNoState: a title of the opposition to a state's
// government ("the Russian opposition leader", "a Belarusian opposition
// politician") makes its holder one of the state's people (from), never
// its head, staff or member; the state's own offices are unchanged.
func TestOppositionLeaderOfNoState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Russian opposition leader Ivan Petrov was flown to Berlin on Monday.",
			[]string{"Ivan Petrov -from-> Russia"}, []string{"Ivan Petrov -work_for-> Russia", "Ivan Petrov -lead-> Russia"},
			"adjective and title before the name"},
		{"The Venezuelan opposition leader, Ana Ruiz, flew to Bogota.",
			[]string{"Ana Ruiz -from-> Venezuela"}, []string{"Ana Ruiz -lead-> Venezuela"},
			"title in apposition before the name"},
		{"Belarusian opposition politician Olga Marchuk met Angela Merkel.",
			[]string{"Olga Marchuk -from-> Belarus"}, []string{"Olga Marchuk -member_of-> Belarus", "Olga Marchuk -work_for-> Belarus"},
			"a politician of the opposition"},
		{"Russian Foreign Minister Ivan Petrov met opposition leaders in Minsk.",
			[]string{"Ivan Petrov -work_for-> Russia"}, nil,
			"the state's minister, the opposition named after the name"},
	})
}
