package entity

import "testing"

// TestDescribedOfName checks that a name with "of" that a word for a
// body's kind describes, before it or in an apposition after it, is one
// body's name, while a person of a body stays a person, on sentences
// written for this test.
func TestDescribedOfName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Speaking to newspaper Star of Mysore, Tom Wu said the train was late.",
			[]string{"Tom Wu -speak_to-> Star of Mysore"}, []string{"Tom Wu -speak_to-> Star"},
			"a newspaper's name after its kind"},
		{"Tom Wu spoke to the Bergen House of Hope, a charity, on Monday.",
			[]string{"Tom Wu -speak_to-> Bergen House of Hope"}, []string{"Tom Wu -speak_to-> Bergen House"},
			"a charity's name before its kind"},
		{"Ann Lee spoke to Tom Wu of Halvik, a firm based in Oslo.",
			[]string{"Ann Lee -speak_to-> Tom Wu", "Tom Wu -work_for-> Halvik"}, nil,
			"a person of a firm the apposition describes"},
	})
}
