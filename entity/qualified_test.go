package entity

import "testing"

// TestTitleWordInBodyName checks that a title's word that opens a body's
// name before its head word is the name's.
func TestTitleWordInBodyName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The U.S. Justice Department sued Ann Lee on Monday. The Premier League fined Tom Wu.",
			[]string{"U.S. Justice Department -sue-> Ann Lee", "Premier League -fine-> Tom Wu"},
			[]string{"Department -sue-> Ann Lee"},
			"Justice before Department is no title"},
		{"Dr. Omar Haddad of Oslo General Hospital said the patient died.",
			[]string{"Omar Haddad -work_for-> Oslo General Hospital"},
			nil,
			"General before Hospital is no title"},
	})
}

// TestLeadersOfTheDecadeBefore checks that a head of government the
// gazetteer knows holds the office of that state's, when the report names
// it, not of the state the report is most about.
func TestLeadersOfTheDecadeBefore(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The United Kingdom asked the United States to waive immunity. The United States refused. The United States said no. Prime Minister Boris Johnson criticised the decision.",
			[]string{"Boris Johnson -lead-> United Kingdom"},
			[]string{"Boris Johnson -lead-> United States"},
			"Boris Johnson is the UK's prime minister"},
	})
}

// TestStateQualifiedBodies checks that a body named once with its state and
// then by the rest of its name is one body, and that a region's body, a
// party's chapter and a body another's possessive names are not the
// nation's.
func TestStateQualifiedBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The UK Supreme Court ruled against Tom Wu on Tuesday. Tom Wu criticised the Supreme Court.",
			[]string{"Tom Wu -criticise-> UK Supreme Court"},
			[]string{"Tom Wu -criticise-> Supreme Court"},
			"the bare name after the state's full name is the same court"},
		{"The Halvik parliament and the Norwegian parliament met in Oslo. Ann Lee addressed Parliament on Friday.",
			[]string{"Ann Lee -address-> Norwegian parliament"},
			[]string{"Ann Lee -address-> Parliament"},
			"a town's body before the state's is no second candidate"},
		{"The Norwegian parliament and the Swedish parliament met in Oslo. Ann Lee addressed Parliament on Friday.",
			nil,
			[]string{"Ann Lee -address-> Norwegian parliament", "Ann Lee -address-> Swedish parliament"},
			"two states' bodies of that name: which one is unknown"},
		{"The Texas Supreme Court ruled against Tom Wu. Tom Wu appealed to the Supreme Court.",
			nil,
			[]string{"Tom Wu -appeal_to-> Texas Supreme Court"},
			"a region's court is no other name of the nation's"},
		{"US budget talks fail\n\nThe United States may close its government. The US president blamed Tom Wu. The House of Representatives censured Tom Wu on Friday.",
			[]string{"United States House of Representatives -censure-> Tom Wu"},
			[]string{"House of Representatives -censure-> Tom Wu"},
			"a report about the US names its House of Representatives bare"},
		{"Norway votes on the budget\n\nNorway's government lost the vote. Norway will hold an election. Tom Wu addressed Parliament on Friday.",
			[]string{"Tom Wu -address-> Norwegian parliament"},
			[]string{"Tom Wu -address-> Parliament"},
			"a report about one state names its parliament bare"},
		{"Norway votes on the budget\n\nNorway's government lost the vote. Norway will hold an election. The Oslo Supreme Court heard Tom Wu. Tom Wu criticised the Supreme Court.",
			nil,
			[]string{"Tom Wu -criticise-> Norwegian supreme court"},
			"a bare name the report gives a city's court too is not the state's"},
	})
}
