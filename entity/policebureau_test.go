package entity

import "testing"

// TestPoliceRankBureau checks that a police rank before a name gives work
// for the one criminal police bureau a document names when it names no
// police force, on sentences written for this test.
func TestPoliceRankBureau(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Arrests\n\nThe National Bureau of Investigation arrested three men in Halden. \"It was a small gang,\" said Detective Chief Inspector Tom Wu.",
			[]string{"Tom Wu -work_for-> National Bureau of Investigation"}, nil,
			"the one bureau"},
		{"Arrests\n\nHalvik Police and the National Bureau of Investigation arrested three men. \"It was a small gang,\" said Detective Chief Inspector Tom Wu.",
			[]string{"Tom Wu -work_for-> Halvik Police"}, []string{"Tom Wu -work_for-> National Bureau of Investigation"},
			"a police force named too: the force's"},
	})
}

// TestEnlistedRankAbbreviations checks that the abbreviated US enlisted
// ranks "Pfc." and "Spc." end no sentence and make their holder a member
// of the service named before them, on sentences written for this test.
func TestEnlistedRankAbbreviations(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Trial\n\nArmy Pfc. Tom Wu testified on Friday.",
			[]string{"Tom Wu -member_of-> Army"}, nil,
			"Pfc."},
		{"Trial\n\nArmy Spc. Ann Lee testified on Friday.",
			[]string{"Ann Lee -member_of-> Army"}, nil,
			"Spc."},
	})
}
