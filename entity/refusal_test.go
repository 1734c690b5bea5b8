package entity

import "testing"

// TestRefusals checks that "would not" opening a sentence's first clause
// states a refusal, kept as a negated act, while a prediction after a
// verb of speech or under a condition stays none, on documents written
// for this test.
func TestRefusals(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Letter\n\nNeither Tom Wu nor Ann Lee would provide the Halvik Times with a copy of the letter.",
			[]string{"Tom Wu -not_provide-> Halvik Times", "Ann Lee -not_provide-> Halvik Times"}, nil,
			"a refusal by two"},
		{"Vote\n\nJohn Bolton said he would not vote for Donald Trump.",
			nil, []string{"John Bolton -not_vote_for-> Donald Trump"},
			"a prediction reported by speech"},
		{"Visit\n\nTom Wu would not meet Ann Lee if she came to Oslo.",
			nil, []string{"Tom Wu -not_meet-> Ann Lee"},
			"a condition"},
	})
}
