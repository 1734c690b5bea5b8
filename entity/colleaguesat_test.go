package entity

import "testing"

// TestColleaguesAt covers a person joined by "and" or a possessive to a
// noun of the people one works with, before "at", "from" or "of" and a
// body: the person works for it (is a party's member).
func TestColleaguesAt(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee and colleagues at Lund University analysed the data.",
			[]string{"Ann Lee -work_for-> Lund University"}, nil, "and colleagues at"},
		{"Ann Lee and her colleagues from the University of Oslo analysed the data.",
			[]string{"Ann Lee -work_for-> University of Oslo"}, nil, "and her colleagues from"},
		{"Tom Wu's team at NASA built the probe.",
			[]string{"Tom Wu -work_for-> NASA"}, nil, "a possessive"},
		{"Tom Wu and his colleagues from the Labour Party voted against the bill.",
			[]string{"Tom Wu -member_of-> Labour Party"}, []string{"Tom Wu -work_for-> Labour Party"}, "a party"},
		{"Ann Lee and the team from Norway won.",
			nil, []string{"Ann Lee -work_for-> Norway"}, "a state's team"},
	})
}
