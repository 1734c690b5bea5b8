package entity

import "testing"

// TestOfficeTaken covers a state's possessive before a person whom the
// clause puts in an office ([Resolver.officeTaken]): the person holds the
// state's office, no membership of the state.
func TestOfficeTaken(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Guinea's Tom Wu has been re-elected president, the electoral commission said.",
			[]string{"Tom Wu -lead-> Guinea"}, []string{"Tom Wu -member_of-> Guinea"},
			"re-elected president"},
		{"Norway's Ann Lee was appointed prime minister on Monday.",
			[]string{"Ann Lee -lead-> Norway"}, []string{"Ann Lee -member_of-> Norway"},
			"appointed prime minister"},
		{"Norway's Ann Lee was sworn in as president on Monday.",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"sworn in as"},
		{"Sweden's Bo Chen was named foreign minister.",
			[]string{"Bo Chen -work_for-> Sweden"}, []string{"Bo Chen -lead-> Sweden"},
			"a minister works for the state"},
		{"Norway's Tom Wu scored twice in the second half.",
			[]string{"Tom Wu -member_of-> Norway"}, nil,
			"no office: a player of the state's side, as before"},
	})
}
