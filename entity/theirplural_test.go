package entity

import "testing"

// TestTheirPlainPlural checks that "their" before an act noun goes to a
// nearer plural noun that names no actor, never to an actor named further
// back, on sentences written for this test.
func TestTheirPlainPlural(t *testing.T) {
	const intro = "Norway condemned the arrest of Swedish activists by Danish police.\n"
	runDefaultEdgeCases(t, []edgeCase{
		{intro + "Tom Wu urged smaller countries to review their ties with Russia.",
			nil, []string{"Swedish activists -have_ties_with-> Russia"},
			"the countries urged are the possessors"},
		{intro + "\"Smaller countries should review their relations with Russia,\" Wu said.",
			nil, []string{"Swedish activists -have_relations_with-> Russia"},
			"the clause's own plural subject"},
		{intro + "The activists ended their ties with Russia.",
			[]string{"Swedish activists -have_ties_with-> Russia"}, nil,
			"a description of the actor still takes it up"},
	})
}
