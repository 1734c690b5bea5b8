package entity

import "testing"

// TestHostSurnameInShowTitle checks a show titled after its host ("the
// show Wu in the Morning" after "Tom Wu"): the host's bare surname stays
// the host elsewhere, while a one-word work's name ("the show Velmora")
// is still no actor. The sentences are written for this test.
func TestHostSurnameInShowTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Radio host Tom Wu died on Friday. The show Wu in the Morning aired on various networks. Wu was dropped by MSNBC in 2007.",
			[]string{"MSNBC -drop-> Tom Wu"}, nil,
			"the surname opens a longer title"},
		{"Radio host Tom Wu died on Friday. His show Velmora aired on MSNBC. Velmora was dropped by MSNBC in 2007.",
			nil, []string{"MSNBC -drop-> Velmora"},
			"a work named by one word"},
	})
}
