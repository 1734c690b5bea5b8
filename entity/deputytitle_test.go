package entity

import "testing"

// TestDeputyTitleDesc checks that "the PM" takes up a prime minister,
// "the deputy prime minister" and "the deputy PM" a deputy prime
// minister, and that neither takes up the other; a deputy PM works for
// the state, on sentences written for this test.
func TestDeputyTitleDesc(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Lars Holm and Deputy Prime Minister Mia Berg argued on Monday.\nThe PM praised Ola Dahl.",
			[]string{"Lars Holm -praise-> Ola Dahl"}, []string{"Mia Berg -praise-> Ola Dahl"},
			"the abbreviation takes up the title written out"},
		{"Prime Minister Lars Holm and Deputy Prime Minister Mia Berg argued on Monday.\nOla Dahl praised the deputy prime minister.",
			[]string{"Ola Dahl -praise-> Mia Berg"}, []string{"Ola Dahl -praise-> Lars Holm"},
			"a deputy's title of three words in lower case"},
		{"PM Lars Holm and Deputy PM Mia Berg argued on Monday.\nOla Dahl praised the deputy prime minister.",
			[]string{"Ola Dahl -praise-> Mia Berg"}, nil,
			"the words take up the abbreviation"},
		{"Norway held talks.\nDeputy PM Mia Berg argued with Ola Dahl on Monday in Norway.\nNorway is calm in Norway.",
			[]string{"Mia Berg -work_for-> Norway"}, []string{"Mia Berg -lead-> Norway"},
			"a deputy PM is no head of the state"},
	})
}
