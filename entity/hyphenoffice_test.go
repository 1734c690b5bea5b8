package entity

import "testing"

// TestHyphenOfficeRole covers a body's name before a deputy's office
// written with a hyphen and a name, on invented sentences: the holder
// works for the body, as with "vice president" in two words.
func TestHyphenOfficeRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Group vice-president Tom Wu spoke on Monday.",
			[]string{"Tom Wu -work_for-> Halvik Group"}, nil,
			"vice-president"},
		{"Halvik Group vice-chairman Ann Lee spoke on Monday.",
			[]string{"Ann Lee -work_for-> Halvik Group"}, nil,
			"vice-chairman"},
	})
}
