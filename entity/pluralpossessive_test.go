package entity

import "testing"

// TestPluralPossessiveDesc covers a description whose body noun follows a
// plural's possessive ("a teachers' union"): the noun after the
// possessive heads it, so the name is a body's, placed in the state.
func TestPluralPossessiveDesc(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"NUT Lund, a Norwegian teachers' union, is worried about the closure.",
			[]string{"NUT Lund -locate_in-> Norway"},
			[]string{"NUT Lund -from-> Norway"},
			"a union named by its members' possessive is a body"},
		{"Ann Lee, a Norwegian women's rights activist, spoke on Monday.",
			[]string{"Ann Lee -from-> Norway"},
			nil,
			"an activist named so stays a person"},
	})
}
