package entity

import "testing"

// TestPossessorBody checks that "the organization's" before a title takes
// up the one body named before it in its sentence, not the body the
// report names most, and the topic when two or none are named there, on
// sentences written for this test.
func TestPossessorBody(t *testing.T) {
	const police = "The Velmor National Police said two officers were killed. The Velmor National Police said the attack was planned. "
	runSentenceCases(t, []sentenceCase{
		{police + "According to the Halvik Relief Committee, Colombia faces a crisis, the organization's president, Ann Lind, said on Monday.",
			"Ann Lind -lead-> Halvik Relief Committee", 2, "the body named before in the sentence"},
		{police + "According to the Halvik Relief Committee, Colombia faces a crisis, the organization’s president, Ann Lind, said on Monday.",
			"Ann Lind -lead-> Halvik Relief Committee", 2, "a curly apostrophe"},
	}, "lead")
	runDefaultEdgeCases(t, []edgeCase{
		{police + "According to the Halvik Relief Committee and the Norden Aid Council, Colombia faces a crisis, the organization's president, Ann Lind, said on Monday.",
			nil, []string{"Ann Lind -lead-> Halvik Relief Committee", "Ann Lind -lead-> Norden Aid Council"},
			"two bodies before: neither of them"},
	})
}
