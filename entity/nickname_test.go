package entity

import "testing"

// TestQuotedNicknameInName checks that a quoted nickname between a given
// name and a surname ("Matiu \"Matt\" Ratana") leaves one person of the
// given name and the surname, not the given name alone, on sentences
// written for this test.
func TestQuotedNicknameInName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`Tom "Tommy" Wu met Ann Lee in Oslo.`,
			[]string{"Tom Wu -meet-> Ann Lee"}, []string{"Tom -meet-> Ann Lee"},
			"opening the sentence"},
		{`Police sergeant Oskar "Ossi" Berg of the Oslo Police met Ann Lee on Friday.`,
			[]string{"Oskar Berg -meet-> Ann Lee"}, []string{"Oskar -meet-> Ann Lee"},
			"after a title"},
		{`Ann Lee met Tom "Tommy" Wu in Oslo.`,
			[]string{"Ann Lee -meet-> Tom Wu"}, []string{"Ann Lee -meet-> Tom"},
			"as the object"},
	})
}
