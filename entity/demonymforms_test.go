package entity

import "testing"

// TestDemonymSpellings: a state's adjective in another spelling that
// news uses ("Belarussian", "Kazakhstani", "Slovene") names the state as
// its first spelling does; on invented stories.
func TestDemonymSpellings(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Belarussian opposition leader Ann Lee held a rally in Oslo on Sunday.",
			[]string{"Ann Lee -from-> Belarus"}, nil,
			"a doubled s"},
		{"Tom Wu, a Slovene journalist, visited Oslo.",
			[]string{"Tom Wu -from-> Slovenia"}, nil,
			"the short form"},
		{"Kazakhstani officials met Tom Wu in Oslo on Monday.",
			[]string{"Kazakhstani officials -meet-> Tom Wu"}, nil,
			"the state's name and -i"},
	})
}
