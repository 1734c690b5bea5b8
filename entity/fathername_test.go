package entity

import "testing"

// TestFatherName checks that the word after "bin" in a name, alone,
// names the father, not the son, within a document and across documents,
// on documents written for this test.
func TestFatherName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Crown Prince Khalid bin Faisal met Tom Wu in Oslo. Later, King Faisal thanked Ann Lee.",
			[]string{"Khalid bin Faisal -meet-> Tom Wu", "Faisal -thank-> Ann Lee"},
			[]string{"Khalid bin Faisal -thank-> Ann Lee"},
			"a titled father's name"},
		{"Tamim bin Hamad met Tom Wu. Tamim thanked Ann Lee.",
			[]string{"Tamim bin Hamad -thank-> Ann Lee"}, nil,
			"the son's own name is still his"},
	})
}
