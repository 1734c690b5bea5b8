package entity

import "testing"

// TestFrontOfRelative covers a relative clause after "in front of" a
// body, on invented sentences: the body is the clause's subject.
func TestFrontOfRelative(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Crowds gathered in front of the Nordic Court, which rejected a lawsuit filed by Norway. Tom Wu spoke in front of the Halvik Bank.",
			[]string{"Nordic Court -reject-> Norway", "Tom Wu -speak_at-> Halvik Bank"}, nil,
			"'in front of X, which' makes X the relative clause's subject; the place of an act keeps its preposition"},
	})
}
