package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSeatFacts checks elected_in and lose_in on sentences written for
// this test: a named constituency, one referred back to, and the clauses
// and agents that are no candidates.
func TestSeatFacts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In the Lodi West geographical constituency, Ann Lee of the Green Party was elected with 9,000 votes.",
			[]string{"Ann Lee -elected_in-> Lodi West"}, []string{"Green Party -elected_in-> Lodi West"},
			"a named constituency and elected"},
		{"In the Lodi West constituency, Ann Lee won. Other candidates elected in this constituency were Tom Wu and Joe Ng.",
			[]string{"Tom Wu -elected_in-> Lodi West", "Joe Ng -elected_in-> Lodi West"}, nil,
			"this constituency refers to the last one named"},
		{"In the Lodi West constituency, Ann Lee won. Tom Wu and Joe Ng were defeated in this district, with Ann Lee beating Tom Wu by 300 votes.",
			[]string{"Tom Wu -lose_in-> Lodi West", "Joe Ng -lose_in-> Lodi West"}, []string{"Ann Lee -lose_in-> Lodi West"},
			"a passive defeat; a with-clause is another clause"},
		{"In the Lodi West constituency, Ann Lee won. Tom Wu lost his seat in this constituency. Joe Ng failed to get re-elected in the constituency.",
			[]string{"Tom Wu -lose_in-> Lodi West", "Joe Ng -lose_in-> Lodi West"}, []string{"Joe Ng -elected_in-> Lodi West"},
			"a lost seat or a failed re-election"},
		{"In the Lodi West constituency, Ann Lee won. Tom Wu was defeated by Ann Lee in this constituency.",
			[]string{"Tom Wu -lose_in-> Lodi West"}, []string{"Ann Lee -lose_in-> Lodi West"},
			"the agent of a passive is no loser"},
		{"Naz Shah, the Labour MP for Bradford West, resigned.",
			[]string{"Naz Shah -represent-> Bradford West", "Naz Shah -member_of-> Labour Party"}, nil,
			"a seat noun for a place in apposition"},
		{"Ola Berg, the Labour member for Leeds East, resigned. Ann Lee is the member for Leeds West. Tom Wu, a board member from Norway, spoke.",
			[]string{"Ola Berg -represent-> Leeds East", "Ann Lee -represent-> Leeds West"}, []string{"Tom Wu -represent-> Norway"},
			"a member for a place holds its seat; a member from a place need not"},
		{"The Republican senator for Ohio, Tom Wu, opposed the bill.",
			[]string{"Tom Wu -represent-> Ohio"}, nil,
			"a seat noun for a place before the name"},
		{"Ohio Senator Tom Wu voted against the bill.",
			[]string{"Tom Wu -represent-> Ohio"}, []string{"Tom Wu -member_of-> Ohio"},
			"a state's senator represents it"},
		{"Tom Wu stood for the Green Party in May.",
			[]string{"Tom Wu -member_of-> Green Party"}, []string{"Tom Wu -stand_for-> Green Party"},
			"a candidate stands for a party as its member"},
		{"Voters in the Norwegian electoral district of Marisco go to the polls this week. At the last election, the Green Party, Norway's largest party, won this seat by over 70% of the vote. Tom Wu was elected in the constituency of Lodi.",
			[]string{"Green Party -win-> Marisco", "Tom Wu -elected_in-> Lodi"}, nil,
			"a constituency named after 'of'; a party that won 'this seat' won the constituency"},
		{"Voters in the school district of Marisco went to the polls. The Green Party won the seat. Ann Lee said the Unity Party won this seat in 2019.",
			nil, []string{"Green Party -win-> Marisco", "Unity Party -win-> Marisco"},
			"a school district is no constituency"},
		{"Ann Lee was elected in May.",
			nil, []string{"Ann Lee -elected_in-> May"},
			"no constituency named, none referred to"},
	})
}
