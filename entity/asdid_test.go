package entity

import "testing"

// TestAsDid checks that a closing ", as did NAME" gives the named actor the
// clause's acts, on sentences written for this test.
func TestAsDid(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Vote held\n\nNorway condemned Sweden, as did Denmark.",
			[]string{"Denmark -condemn-> Sweden", "Norway -condemn-> Sweden"}, nil,
			"a state's act"},
		{"Vote held\n\nThe Herald called the race for Tom Wu, as did the Daily Post, when the count ended.",
			[]string{"Daily Post -call_for-> Tom Wu"}, nil,
			"a paper's call, a clause after the name"},
		{"Vote held\n\nTom Wu met Ann Lee, as did Norway.",
			nil, []string{"Norway -meet-> Ann Lee"},
			"a person's act is no state's"},
		{"Vote held\n\nTom Wu met Ann Lee, as did Jo Ng in 2019.",
			nil, []string{"Jo Ng -meet-> Ann Lee"},
			"the name must end the clause"},
	})
}
