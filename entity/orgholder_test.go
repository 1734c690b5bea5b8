package entity

import "testing"

// TestRoleOfBodyThenName checks a role noun's of-phrase whose body's name
// runs straight into its holder's, with no comma: "the director of the
// Oslo Institute Tom Wu" is the body and Tom Wu, who heads it and is the
// clause's actor, also when the role noun is in lower case after a time
// word.
func TestRoleOfBodyThenName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The director of the Oslo Institute Tom Wu met Ann Lee.",
			[]string{"Tom Wu -lead-> Oslo Institute", "Tom Wu -meet-> Ann Lee"},
			[]string{"Oslo Institute Tom Wu -meet-> Ann Lee"},
			"the body's head word, then a given name"},
		{"Ann Lee and incoming chair of the Halden Council Tom Wu criticised Sweden.",
			[]string{"Tom Wu -lead-> Halden Council", "Tom Wu -criticise-> Sweden", "Ann Lee -criticise-> Sweden"},
			[]string{"Halden Council -criticise-> Sweden"},
			"a lower-case role noun after a time word, in a list"},
		{"The chairman of the Joint Chiefs of Staff General Tom Wu met Ann Lee.",
			[]string{"Tom Wu -meet-> Ann Lee"},
			[]string{"Joint Chiefs of Staff -meet-> Ann Lee"},
			"the holder after a rank"},
		{"Ann Lee visited the Oslo Institute Tom Wu founded.",
			nil,
			[]string{"Tom Wu -lead-> Oslo Institute"},
			"no role noun before the body: no split"},
	})
}
