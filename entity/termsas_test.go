package entity

import "testing"

// TestOneOfTermsAs checks that "his first of two terms as" an office gives
// the office as "his first term as" does, on sentences written for this
// test.
func TestOneOfTermsAs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"In 1995, Tom Wu was elected to his first of two terms as President of Norway.",
			[]string{"Tom Wu -lead-> Norway"}, nil, "a state's president"},
		{"Ann Lee was elected to her second of three terms as governor of Ohio.",
			[]string{"Ann Lee -lead-> Ohio"}, nil, "a governor"},
	})
}
