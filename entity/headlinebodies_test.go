package entity

import "testing"

// TestHeadlineBodies checks that a headline's description of a body ("Oslo
// court", "Norway's largest bank") stands for the one organisation its
// report names with that noun, on documents written for this test.
func TestHeadlineBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Oslo court sentences Tom Wu to prison\n\nThe Oslo District Court heard the case on Friday. Tom Wu had stolen ten cars.",
			[]string{"Oslo District Court -sentence-> Tom Wu"}, nil,
			"the court the report names"},
		{"Norway's largest bank fires Tom Wu\n\nHalvik Bank, a Norwegian bank, said on Friday that its chief Tom Wu had lied about the accounts.",
			[]string{"Halvik Bank -fire-> Tom Wu"}, nil,
			"a bank described by its rank and its state, which the report gives it"},
		{"Swedish court fines Tom Wu\n\nThe Court of Session in Edinburgh heard the case on Friday. Tom Wu had stolen ten cars.",
			nil, []string{"Court of Session -fine-> Tom Wu"},
			"a court the report ties to no Swedish place is not the Swedish one"},
		{"Oslo court jails Tom Wu\n\nOn Friday, the court jailed Tom Wu for ten years. The Oslo District Court and the Bergen District Court agreed.",
			nil, []string{"Oslo District Court -jail-> Tom Wu", "Bergen District Court -jail-> Tom Wu"},
			"two courts named: which one is unknown"},
		{"Bank chief fires Tom Wu\n\nOn Friday, Ann Lee, the head of Halvik Bank, fired Tom Wu.",
			nil, []string{"Halvik Bank -fire-> Tom Wu"},
			"a noun before another noun heads no phrase of its own"},
		{"Norway's largest television network shut down by government\n\nFollowing the expiry of broadcaster Halvik TV's licence, the Norwegian government issued an order. Later in the evening, the network signed off.",
			[]string{"Norwegian government -shut_down-> Halvik TV"}, nil,
			"the network the report calls so, placed nowhere else, and the government it names"},
		{"Halvik Bank fined by government\n\nThe Norwegian government and the Swedish government met on Monday. The bank had lied about its accounts.",
			nil, []string{"Norwegian government -fine-> Halvik Bank", "Swedish government -fine-> Halvik Bank"},
			"two governments named: which one is unknown"},
		{"Norwegian state-owned enterprise acquires Velmor Bank\n\nOn Monday, Norwegian state-owned enterprise Halvik Energy Corp opened an office in Oslo. Velmor Bank had 900 employees.",
			[]string{"Halvik Energy Corp -acquire-> Velmor Bank"}, nil,
			"an enterprise the report names after its noun"},
	})
}
