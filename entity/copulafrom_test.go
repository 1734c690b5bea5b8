package entity

import "testing"

// TestCopulaDescription checks a copula and a description after a
// person's name, which give what the same description gives as an
// apposition. The sentences are written for this test.
func TestCopulaDescription(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu is a teacher from Bergen. Ann Lee, 30, is a nurse from Oslo.",
			[]string{"Tom Wu -from-> Bergen", "Ann Lee -from-> Oslo"}, nil,
			"'is a teacher from' a place: the person is from it, as 'Tom Wu, a teacher from Bergen,' is"},
		{"Tom Wu is about 20 years old and from Bergen, Norway.",
			[]string{"Tom Wu -from-> Bergen"}, nil,
			"an age and 'and' before 'from' describe the person too"},
		{"Tom Wu is a long way from Oslo. Ann Lee was an hour from Bergen when the storm hit. The man who attacked Ola Berg is a teacher from Tromso.",
			nil, []string{"Tom Wu -from-> Oslo", "Ann Lee -from-> Bergen", "Ola Berg -from-> Tromso"},
			"a distance says where the person is; a name that does not open its clause is no copula's subject"},
		{"Tom Wu is a scientist with the Halvik Institute. Ann Lee was a senior analyst with Norden Capital. Ola Berg is in talks with Velby Holdings.",
			[]string{"Tom Wu -work_for-> Halvik Institute", "Ann Lee -work_for-> Norden Capital"},
			[]string{"Ola Berg -work_for-> Velby Holdings"},
			"'is a scientist with' a body: its staff, as the apposition says; talks with a body employ no one"},
		{"Tom Wu, an engineer with the software firm Globex, said it. Ann Lee, guitarist with the band Velby Kings, died.",
			[]string{"Tom Wu -work_for-> Globex", "Ann Lee -member_of-> Velby Kings"}, nil,
			"a description of the body between with and its name, as between of and its name"},
		{"Ann Lee is based at Halvik University. Tom Wu, a researcher based at the Velby Institute, said it.",
			[]string{"Ann Lee -work_for-> Halvik University", "Tom Wu -work_for-> Velby Institute"},
			[]string{"Ann Lee -base_at-> Halvik University"},
			"a person based at a body is its staff"},
	})
}

// TestBandMember checks a musician's verb whose in-phrase names a band.
// The sentences are written for this test.
func TestBandMember(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu played guitar in the band Velby Kings. Ann Lee sang lead vocals in the rock band Norden Stars.",
			[]string{"Tom Wu -member_of-> Velby Kings", "Ann Lee -member_of-> Norden Stars"}, nil,
			"playing or singing in a band the text calls so: a member of it"},
		{"Tom Wu played football in the Velby League. Ann Lee played a role in the Harbor Party.",
			nil, []string{"Tom Wu -member_of-> Velby League", "Ann Lee -member_of-> Harbor Party"},
			"a league or a party is no band"},
	})
}
