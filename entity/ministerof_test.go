package entity

import "testing"

// TestApposedMinisterOf checks that "the minister of" a portfolio set off
// by commas beside a name gives the person work_for the report's state,
// on documents written for this test.
func TestApposedMinisterOf(t *testing.T) {
	const cabinet = "Norway named a cabinet on Monday. President Ann Lee spoke. "
	runDefaultEdgeCases(t, []edgeCase{
		{cabinet + "The minister of environment, Tom Wu, said it.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a lower-case portfolio after of"},
		{cabinet + "The minister for trade, Tom Wu, said it.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a portfolio after for"},
		{cabinet + "The minister of the church, Tom Wu, said it.",
			nil, []string{"Tom Wu -work_for-> Norway"},
			"a church's minister is no minister of the state"},
	})
}

// TestApposedMinisterOfAbstract checks that a portfolio no list holds,
// an abstract noun, makes "the minister of" a state's minister, on
// documents written for this test.
func TestApposedMinisterOfAbstract(t *testing.T) {
	const cabinet = "Norway named a cabinet on Monday. President Ann Lee spoke. "
	runDefaultEdgeCases(t, []edgeCase{
		{cabinet + "The minister of national reconciliation, Tom Wu, said it.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"an abstract noun in -tion"},
		{"Syria's minister of national reconciliation, Omar Saleh, spoke on Monday.",
			[]string{"Omar Saleh -work_for-> Syria"}, nil,
			"a state's possessive before a lower-case portfolio"},
		{"The Syrian minister of information, Tom Haddad, spoke on Monday. The Danish minister for trade, Ann Berg, agreed.",
			[]string{"Tom Haddad -work_for-> Syria", "Ann Berg -work_for-> Denmark"}, nil,
			"a nationality before a lower-case portfolio"},
	})
}
