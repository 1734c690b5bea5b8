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

// TestDeniedRelativeRole checks that a relative clause denying a role
// gives no role: the copula's negated fact says what the sentence states.
func TestDeniedRelativeRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Vote delayed\n\nAnn Lee, who is not a member of the Halvik Party, spoke on Monday.",
			[]string{"Ann Lee -not_member_of-> Halvik Party"}, []string{"Ann Lee -member_of-> Halvik Party"},
			"is not: no membership"},
		{"Vote delayed\n\nTom Wu, who is no longer the president of Halvik Corporation, spoke on Monday.",
			nil, []string{"Tom Wu -lead-> Halvik Corporation"},
			"no longer: no role now"},
		{"Vote delayed\n\nAnn Lee, who is a member of the Halvik Party, spoke on Monday.",
			[]string{"Ann Lee -member_of-> Halvik Party"}, nil,
			"the affirmed relative clause still gives the role"},
	})
}
