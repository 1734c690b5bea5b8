package entity

import "testing"

// TestPairInClause covers "the two leaders" or "both" after ", and" taking
// up the two people the sentence's first clause names, on invented
// stories.
func TestPairInClause(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian Prime Minister Tom Wu visited Swedish Prime Minister Ann Lee. Wu met Lee in Oslo, and the two leaders signed a trade deal.",
			[]string{"Tom Wu -sign_with-> Ann Lee"}, nil, "the two leaders of the clause before"},
		{"Tom Wu met Ann Lee in Oslo, and both signed a trade deal.",
			[]string{"Tom Wu -sign_with-> Ann Lee"}, nil, "both after the clause"},
		{"Tom Wu met Ann Lee and Mia Berg in Oslo, and the two men signed a trade deal.",
			nil, []string{"Tom Wu -sign_with-> Ann Lee"}, "three people: no pair"},
	})
}
