package entity

import "testing"

// TestRelativeWhichIt checks that "it" as the subject of a relative clause
// after ", which" is the sentence's opening state, not the noun the
// clause describes.
func TestRelativeWhichIt(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway left the Nordic Union, which it had joined in 1995.",
			[]string{"Norway -join-> Nordic Union", "Norway -leave-> Nordic Union"}, nil,
			"the state that opens the sentence"},
		{"In 2010, Sweden praised the Baltic Council, which it joined in 1992.",
			[]string{"Sweden -join-> Baltic Council"}, nil,
			"after a fronted phrase"},
		{"Norway praised Tom Wu for his work with the Nordic Union, which it joined in 1995.",
			nil, []string{"Norway -join-> Nordic Union"},
			"another actor between the subject and the described noun"},
	})
}
