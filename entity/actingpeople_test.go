package entity

import "testing"

// TestActingPeople checks that people named by a common noun and a
// participle of an act on an actor ("Candidates challenging the
// president") are not that actor, at the start of a sentence too, while
// a participle that says whom they stand for still names it, on sentences
// written for this test.
func TestActingPeople(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Report\n\nPresident Ann Lee will run for a third term.\n\nCandidates challenging the president include his former allies Tom Wu and Bo Li.",
			nil, []string{"Ann Lee -include-> Tom Wu", "Ann Lee -include-> Bo Li"},
			"a role noun and a participle of a challenge, opening the sentence"},
		{"Report\n\nPresident Ann Lee will run for a third term.\n\nThe protesters opposing the president met Tom Wu on Monday.",
			nil, []string{"Ann Lee -meet-> Tom Wu"},
			"a people noun and a participle of opposition"},
	})
}
