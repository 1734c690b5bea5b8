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

// TestOppositions checks a state's opposition as an actor and the roles
// people hold in it, on sentences written for this test.
func TestOppositions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian opposition leader Tom Wu met Ann Lee on Monday.",
			[]string{"Tom Wu -lead-> Norwegian opposition", "Tom Wu -from-> Norway"}, nil,
			"a state's adjective before opposition, a leader noun and a name"},
		{"Norway's opposition presidential candidate Ann Lee held a rally in Oslo.",
			[]string{"Ann Lee -member_of-> Norwegian opposition", "Ann Lee -from-> Norway"}, nil,
			"an opposition's candidate is its member, as a party's is"},
		{"Norway held a presidential election on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"The opposition rejected the result and accused Tom Wu of fraud.",
			[]string{"Norwegian opposition -accuse-> Tom Wu"}, nil,
			"a bare \"the opposition\" is the opposition of the state the report is about"},
		{"Norway held a presidential election on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"He beat opposition candidate Ann Lee.",
			[]string{"Ann Lee -member_of-> Norwegian opposition"}, nil,
			"a lower-case opposition before a role noun and a name"},
		{"Norway held a presidential election on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"Opposition leader Ann Lee called it a fraud.",
			[]string{"Ann Lee -lead-> Norwegian opposition"}, nil,
			"a capitalised Opposition opening the sentence before a role noun"},
		{"Norway held a presidential election on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"Opposition presidential candidate Ann Lee called it a fraud.",
			[]string{"Ann Lee -member_of-> Norwegian opposition"}, nil,
			"a lower-case adjective grading the role after a capitalised Opposition"},
		{"The Harbor Party met in Oslo. Party presidential candidate Ann Lee spoke.",
			[]string{"Ann Lee -member_of-> Harbor Party"}, []string{"Ann Lee -member_of-> Party"},
			"a lower-case adjective grading the role after a capitalised body noun"},
		{"Tom Wu said the election was fair. Opposition candidate Ann Lee called it a fraud.",
			[]string{"Ann Lee -member_of-> opposition"}, nil,
			"a report about no one state has an opposition of its own"},
		{"Norway held a vote on Sunday. Norway's electoral board named Tom Wu the winner. Sweden urged the opposition to negotiate.",
			[]string{"Sweden -urge-> Norwegian opposition"}, nil,
			"\"to\" and a verb after \"the opposition\" asks the camp to act"},
		{"Norway held a vote on Sunday. Norway's electoral board named Tom Wu the winner. Tom Wu accused the opposition of a plot.",
			[]string{"Tom Wu -accuse-> Norwegian opposition"}, nil,
			"\"of\" after a verb of charge says what the camp did"},
		{"Sweden protested on Monday. Norway's opposition to the treaty angered Sweden.",
			nil, []string{"Norwegian opposition -anger-> Sweden"},
			"a state's opposition to something is its stance, no camp"},
	})
}

// TestLeaderGovernments checks "Wu's government" as the government of the
// state the document made Wu head of.
func TestLeaderGovernments(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held talks on Monday. President Tom Wu spoke in Oslo, Norway. The Halvik Front attacked Wu's government.",
			[]string{"Halvik Front -attack-> Norwegian government", "Tom Wu -lead-> Norwegian government"},
			[]string{"Halvik Front -attack-> Tom Wu"},
			"a president's government is the state's, which he leads"},
		{"Norway held a vote on Sunday in Oslo, Norway. President Tom Wu won. Sweden negotiated with the government of Tom Wu.",
			[]string{"Tom Wu -lead-> Norwegian government"}, nil,
			"the government of a president is the state's, which he leads"},
		{"Norway held talks on Monday. Former president Tom Wu spoke in Oslo, Norway. The Halvik Front attacked Wu's government.",
			nil, []string{"Tom Wu -lead-> Norwegian government"},
			"a former president leads no government now"},
	})
}

// TestDescribedJoinedRoles checks a description noun's role joined by
// "and" to a second role before the name, and a candidate's apposition
// followed by what the candidate runs for.
func TestDescribedJoinedRoles(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held a vote on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"Police detained opposition leader and Storting Council leader Ann Lee on Monday.",
			[]string{"Ann Lee -lead-> Norwegian opposition"}, nil,
			"the first of two roles joined by \"and\" before the name is the name's too"},
		{"Norway held a vote on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"He later met opposition leader and former prime minister Ann Lee.",
			[]string{"Ann Lee -lead-> Norwegian opposition"}, nil,
			"a lower-case second role"},
		{"Norway held a vote on Sunday. Norway's electoral board named Tom Wu the winner. " +
			"Ann Lee, an opposition candidate for the presidential election, held a rally.",
			[]string{"Ann Lee -member_of-> Norwegian opposition"}, nil,
			"a candidate's apposition with what the candidate runs for"},
	})
}

// TestOppositionBodies checks a party named as one of the opposition.
func TestOppositionBodies(t *testing.T) {
	const vote = "Norway held a vote on Sunday. Norway's electoral board named Tom Wu the winner. "
	runDefaultEdgeCases(t, []edgeCase{
		{vote + "The main opposition party, the Harbor Party, boycotted the vote.",
			[]string{"Harbor Party -member_of-> Norwegian opposition"}, nil,
			"an opposition party's name apposed after it"},
		{vote + "The Harbor Party, the main opposition party, boycotted the vote.",
			[]string{"Harbor Party -member_of-> Norwegian opposition"}, nil,
			"an opposition party apposed after the name"},
		{vote + "Opposition party Velta Union criticised Tom Wu.",
			[]string{"Velta Union -member_of-> Norwegian opposition"}, nil,
			"an opposition party's name right after it"},
		{vote + "The opposition Velta Union criticised Tom Wu.",
			[]string{"Velta Union -member_of-> Norwegian opposition"}, nil,
			"the opposition's name right after the word"},
	})
}
