package entity

import "testing"

// TestSeeHeads checks a churchman's title, "of" and a place before the
// holder's name, on sentences written for this test.
func TestSeeHeads(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Archbishop of Gdansk, Tom Wu, attended the mass. The Patriarch of Alexandria, Ola Berg, spoke.",
			[]string{"Tom Wu -lead-> Gdansk", "Ola Berg -lead-> Alexandria"}, nil,
			"an archbishop or a patriarch of a place heads its see"},
		{"Arrest made as mayor of Kelbora, Norway stabbed on stage\n\nTom Wu, mayor of the Norwegian city of Kelbora, was stabbed last night. The Archbishop of Kelbora, Ann Lee, visited the hospital.",
			[]string{"Tom Wu -lead-> Kelbora", "Ann Lee -lead-> Kelbora"}, nil,
			"the headline's mayor of the town is the one the report calls its mayor, not the see's head"},
	})
}
