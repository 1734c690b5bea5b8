package entity

import "testing"

// TestWhomObject checks that a relative clause after a named actor, whose
// verb the extractor read with no object ("Ann Lee, whom Per Holm
// appointed in 2010,"), takes the actor as the object, and that a verb
// misread past the clause's subject takes none, on sentences written for
// this test.
func TestWhomObject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee, whom Per Holm appointed in 2010, resigned on Monday.",
			[]string{"Per Holm -appoint-> Ann Lee"}, nil,
			"the relative word is the object"},
		{"Halvik Bank, which Ann Lee said was failing, collapsed.",
			nil, []string{"Ann Lee -collapse-> Halvik Bank"},
			"a verb after another clause is none of the subject's"},
		{"Tom Wu posted an interview with Ann Lee, that Per Holm claimed was unfair.",
			nil, []string{"Per Holm -claim-> Ann Lee"},
			"a verb whose own clause follows it leaves the relative word that clause's subject"},
	})
}
