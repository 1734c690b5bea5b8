package entity

import "testing"

// TestPostsRestated checks that a copula with a bare role noun restates
// the post a title gave its holder with the report's state, on sentences
// written for this test.
func TestPostsRestated(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Former Chilean President Ana Ruiz loses appeal\n\nA Chilean appeals court upheld a sentence for former President Ana Ruiz on Wednesday. Ruiz, who was president from 2007 to 2012, denies wrongdoing.",
			"Ana Ruiz -lead-> Chile", 2, "who was president restates the title's post"},
		{"Former Chilean President Ana Ruiz loses appeal\n\nA Chilean appeals court upheld a sentence for former President Ana Ruiz on Wednesday. Ruiz hopes to be president again.",
			"", 2, "a hope holds no post"},
	}, "lead")
}
