package entity

import "testing"

// TestCopulaRoleAt checks that a copula and a role whose noun takes an
// of-phrase of its own before "at" or "of" and the body gives the role,
// as the apposition and "who is" do, on documents written for this test.
func TestCopulaRoleAt(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Study questioned\n\nAnn Lee is a professor of history at Halvik University.",
			[]string{"Ann Lee -work_for-> Halvik University"}, nil,
			"a role noun with its subject before at"},
		{"Study questioned\n\nTom Wu is the head of the surgery department at Halvik University.",
			[]string{"Tom Wu -work_for-> Halvik University"}, nil,
			"the head of a part of the body works for it"},
		{"Study questioned\n\nTom Wu was a guest of the Halvik Institute.",
			nil, []string{"Tom Wu -work_for-> Halvik Institute", "Tom Wu -member_of-> Halvik Institute"},
			"a guest holds no role"},
	})
}
