package entity

import "testing"

// TestIdeaOfActor: an indefinite article before a state's or a body's
// whole name makes it a version of the actor that someone wishes for or
// praises, no actor ("sought a more federal Nordic Council"); a name that
// only modifies a noun after the article keeps its actor; on invented
// stories.
func TestIdeaOfActor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu said of Ann Lee, \"She incarnated a Norway that was true to its values\".",
			nil, []string{"Ann Lee -incarnate-> Norway"},
			"a state with an article and a relative clause"},
		{"Ann Lee favored integration and sought a more federal Nordic Council.",
			nil, []string{"Ann Lee -seek-> Nordic Council"},
			"a body with an article and adjectives"},
		{"Tom Wu met a Halvik Bank official in Oslo. Ann Lee joined the Nordic Council in 1990.",
			[]string{"Tom Wu -meet-> Halvik Bank", "Ann Lee -join-> Nordic Council"}, nil,
			"a name before a noun, and a name with the definite article, keep their actors"},
	})
}
