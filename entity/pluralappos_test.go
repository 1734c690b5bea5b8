package entity

import "testing"

// TestPluralRoleApposedList covers a body's name and a plural role noun
// set off by a comma before a list of names, on invented sentences: the
// role is every listed name's, as without the comma.
func TestPluralRoleApposedList(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police arrested two Halvik Bank executives, Tom Wu and Ann Lee, on Monday.",
			[]string{"Tom Wu -work_for-> Halvik Bank", "Ann Lee -work_for-> Halvik Bank", "Police -arrest-> Ann Lee"}, nil,
			"a plural role noun, a comma and two names"},
		{"Parliament censured three Cabinet ministers, Tom Wu, Ann Lee and Ola Berg, on Monday.",
			[]string{"Tom Wu -work_for-> Cabinet", "Ann Lee -work_for-> Cabinet", "Ola Berg -work_for-> Cabinet"}, nil,
			"three names"},
		{"Halvik Bank executives Tom Wu and Ann Lee resigned.",
			[]string{"Tom Wu -work_for-> Halvik Bank", "Ann Lee -work_for-> Halvik Bank"}, nil,
			"no comma, as before"},
		{"Parliament censured two Norwegian ministers, Tom Wu and Ann Lee, on Monday.",
			[]string{"Tom Wu -work_for-> Norway", "Ann Lee -work_for-> Norway"}, []string{"Tom Wu -from-> Norway"},
			"a nationality's plural role set off before the list: each name's role, in the singular"},
		{"Two Swedish journalists, Tom Wu and Ann Lee, were hurt.",
			[]string{"Tom Wu -from-> Sweden", "Ann Lee -from-> Sweden"}, nil,
			"a nationality before a plural trade says where each is from"},
	})
}
