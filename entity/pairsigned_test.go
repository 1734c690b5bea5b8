package entity

import "testing"

// TestPairSigned checks that two states joined by "and" that sign or ink
// an agreement sign it with each other, in a headline as in a sentence;
// a letter they ink is still signed together.
func TestPairSigned(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway and Chile sign trade agreements\n\nThe two states agreed to cut tariffs.",
			[]string{"Norway -sign_with-> Chile"}, nil,
			"a headline's base-form verb after a pair of names"},
		{"Norway and Chile have inked four agreements aimed at boosting trade.",
			[]string{"Norway -ink_with-> Chile"}, nil,
			"inked is signed"},
		{"Ann Lee and Tom Wu inked a letter to the council.",
			nil, []string{"Ann Lee -ink_with-> Tom Wu"},
			"a letter inked by two people is signed together"},
	})
}
