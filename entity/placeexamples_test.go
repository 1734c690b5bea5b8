package entity

import "testing"

// TestPlaceExamples: the places listed as examples of a state's places
// ("U.S. territories such as Guam", "all other Norwegian possessions,
// such as Svalbard and Jan Mayen") lie in the state.
func TestPlaceExamples(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Unlike people born in the states and all other U.S. possessions, such as Puerto Rico and Guam, they cannot vote.",
			[]string{"Puerto Rico -locate_in-> United States", "Guam -locate_in-> United States"},
			nil,
			"a state's name before the plural noun, examples after a comma"},
		{"U.S. territories such as Guam and Puerto Rico cannot vote.",
			[]string{"Guam -locate_in-> United States", "Puerto Rico -locate_in-> United States"},
			nil,
			"the state's name and the noun read as a group"},
		{"The Norwegian government, like Denmark and Finland, voted. Norway and states such as Sweden and Finland voted.",
			nil,
			[]string{"Denmark -locate_in-> Norway", "Finland -locate_in-> Norway", "Sweden -locate_in-> Norway"},
			"a body's examples, or states after a state, lie in no state"},
	})
}
