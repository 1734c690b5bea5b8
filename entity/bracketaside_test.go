package entity

import "testing"

// TestBracketedAsideAfterName checks that a short bracketed aside after a
// name ("(pictured)", an age) does not cut the apposition or the
// whose-clause after it, on sentences written for this test.
func TestBracketedAsideAfterName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Talks\n\nThe European Union's foreign policy chief, Ann Lee (pictured), said the talks had failed.",
			[]string{"Ann Lee -work_for-> European Union"}, nil,
			"an aside between the name and the closing comma"},
		{"Vote\n\nTom Wu (72), whose Harbor Party won the vote, criticised Denmark.",
			[]string{"Tom Wu -member_of-> Harbor Party"}, nil,
			"an age in brackets before a whose-clause"},
		{"Resignation\n\nAnn Lee (pictured), the chief executive of Halvik Motors, resigned.",
			[]string{"Ann Lee -lead-> Halvik Motors"}, nil,
			"an aside before an apposition"},
	})
}
