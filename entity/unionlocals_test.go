package entity

import "testing"

// TestUnionLocals checks that a union's unit named by a number is one
// organisation with the union's name before it, on sentences written for
// this test.
func TestUnionLocals(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nHalvik Workers Local 512 President Tom Wu said the strike would go on.",
			[]string{"Tom Wu -lead-> Halvik Workers Local 512"}, nil,
			"a local before a president's title and name"},
		{"Strike\n\nThe Nordic Auto Workers sued Halvik Motors. Velby Steel Workers President Ann Lee criticised Halvik Motors.",
			[]string{"Nordic Auto Workers -sue-> Halvik Motors", "Ann Lee -lead-> Velby Steel Workers"}, nil,
			"a name ending in Workers is a union"},
		{"Strike\n\nThe Harbor Workers union sued Halvik Motors.",
			[]string{"Harbor Workers -sue-> Halvik Motors"}, nil,
			"a union's name before a lower-case union is the union"},
		{"Strike\n\nAnn Lee, the president of Nordic Nurses Local 88, criticised Halvik Health.",
			[]string{"Ann Lee -lead-> Nordic Nurses Local 88", "Ann Lee -criticise-> Halvik Health"}, nil,
			"a local after \"president of\""},
		{"Strike\n\nVelby Machinists District 40 President Ola Berg said the vote was close.",
			[]string{"Ola Berg -lead-> Velby Machinists District 40"}, nil,
			"a union's district named by a number"},
		{"Strike\n\n\"We won,\" Machinists District 12 President Ann Lee said.",
			[]string{"Ann Lee -lead-> Machinists District 12"}, []string{"Machinists District 12 -district-> Ann Lee"},
			"a word of the name that the tagger reads as a verb states nothing"},
		{"Strike\n\nThe Velby Workers Union, which represents 5,000 workers at Halvik Motors, called a strike. Nurses at Halvik Hospital, represented by the Lodi Nurses Union, walked out. Bo Kim, who represents Tom Wu, spoke.",
			[]string{"Bo Kim -represent-> Tom Wu"}, []string{"Velby Workers Union -represent-> Halvik Motors", "Lodi Nurses Union -represent-> Halvik Hospital"},
			"a union represents the staff of a body, not the body that employs them"},
		{"Strike\n\nResidents of District 9 protested against the Halvik Council.",
			nil, []string{"District 9 -protest_against-> Halvik Council"},
			"a district with no union's word is no union"},
	})
}
