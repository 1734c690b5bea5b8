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

// TestNationalityBeforeUnknownGivenName checks that a nationality right
// before a full name whose given name kg does not know still says where
// the person is from, and that a name of nouns does not, on sentences
// written for this test.
func TestNationalityBeforeUnknownGivenName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Arrest\n\nAustralian Gregor Johann Haas was arrested in Oslo on Monday.",
			[]string{"Gregor Johann Haas -from-> Australia"}, nil,
			"an unknown given name in a full name"},
		{"Sale\n\nThe American String Quartet played in Oslo.",
			nil, []string{"American String Quartet -from-> United States"},
			"an article before the nationality: a work's or a body's name"},
	})
}
