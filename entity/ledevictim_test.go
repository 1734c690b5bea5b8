package entity

import "testing"

// TestLedeVictims checks a lede's unnamed victim that the next sentence
// names as the subject of a passive harm.
func TestLedeVictims(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian forces have killed a Palestinian man in Halden, officials said. Tom Berg, 37, was shot by the soldiers in the northern town of Varno, the ministry said.",
			[]string{"Norwegian forces -kill-> Tom Berg"}, nil,
			"a lede's victim with a people's adjective is the person named next as shot"},
		{"Police have killed a man in Halden. Tom Berg, a neighbour, said the man was armed.",
			nil, []string{"Police -kill-> Tom Berg"},
			"a person named next who was not harmed is no victim"},
	})
}
