package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaceTrades checks what a place's name before a trade noun and a
// person's name gives the person: the place he is from, not its staff;
// the state's staff, its judges too, work for it. On sentences written for
// this test.
func TestPlaceTrades(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"California lawyer Tom Wu sued Norsk Energi on Monday.",
			[]string{"Tom Wu -from-> California"}, []string{"Tom Wu -work_for-> California"},
			"a lawyer plies a trade in the state"},
		{"The court heard from former Washington lobbyist Ann Lee.",
			[]string{"Ann Lee -from-> Washington"}, []string{"Ann Lee -work_for-> Washington"},
			"a lobbyist too, former or not"},
		{"Oslo police officer Kari Holm arrested Per Lund.",
			[]string{"Kari Holm -work_for-> Oslo"}, nil,
			"a police officer is the place's staff"},
		{"On Monday, United States District Judge Ann Lee dismissed the lawsuit against Norsk Energi.",
			[]string{"Ann Lee -work_for-> United States"}, []string{"Ann Lee -member_of-> United States"},
			"a state's judge serves in its courts, no member of the state"},
		{"Oslo chef Ann Lee opened a new kitchen on Monday.",
			[]string{"Ann Lee -from-> Oslo"}, []string{"Ann Lee -work_for-> Oslo"},
			"a chef plies a trade in the city"},
		{"Blue Fjord chef Tom Wu opened a new kitchen on Monday.",
			[]string{"Tom Wu -work_for-> Blue Fjord"}, nil,
			"a restaurant's chef works for it"},
		{"Norwegian chef Ann Lee opened a new kitchen on Monday.",
			[]string{"Ann Lee -from-> Norway"}, []string{"Ann Lee -work_for-> Norway"},
			"a chef named with a nationality is from the state"},
	})
}
