package entity

import "testing"

// TestDescribedBodyNamed checks that a state's body described by its field
// and noun ("Norway's electoral commission") and later named with the same
// words in the same state ("Norway's Independent National Electoral
// Commission") is one body, on sentences written for this test.
func TestDescribedBodyNamed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway votes\n\nNorway's electoral commission has declared Tom Wu the winner.\n\n" +
			"Norway's Independent National Electoral Commission (INEC) declared Tom Wu the next president.",
			[]string{"Independent National Electoral Commission -declare-> Tom Wu"},
			[]string{"Norwegian electoral commission -declare-> Tom Wu", "Norwegian electoral commission -part_of-> Norway"},
			"the description and the name of one body"},
		{"Norway votes\n\nNorway's electoral commission has declared Tom Wu the winner.\n\n" +
			"Sweden's Independent National Electoral Commission (INEC) praised Tom Wu.",
			[]string{"Norwegian electoral commission -declare-> Tom Wu"}, nil,
			"another state's body is another body"},
		{"Norway votes\n\nNorway held a vote in Oslo. Norway's electoral commission has declared Tom Wu the winner.\n\n" +
			"\"The National Electoral Commission proclaims Tom Wu winner,\" said Ann Lee. Norway's parliament met in Oslo.",
			[]string{"National Electoral Commission -declare-> Tom Wu", "National Electoral Commission -part_of-> Norway"},
			[]string{"Norwegian electoral commission -declare-> Tom Wu"},
			"a name with no state is the body of the state the report is about"},
		{"Norway votes\n\nNorway held a vote in Oslo. Sweden's electoral commission has declared Tom Wu the winner.\n\n" +
			"\"The National Electoral Commission proclaims Ann Lee winner,\" said Bo Li. Norway's parliament met in Oslo.",
			[]string{"Swedish electoral commission -declare-> Tom Wu"}, nil,
			"a name with no state is not another state's body"},
	})
}
