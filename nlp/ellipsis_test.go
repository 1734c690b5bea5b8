package nlp

import "testing"

// TestEllipsisInQuotation checks that an ellipsis before a lower-case
// word, which marks words left out of a quotation, ends no sentence,
// while one before a capitalised word still may.
func TestEllipsisInQuotation(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkSplitTexts(t, a, []splitCase{
		{"\"The judges found that he was elected twice ... he acted corruptly,\" chief justice Tom Wu said.",
			[]string{"\"The judges found that he was elected twice ... he acted corruptly,\" chief justice Tom Wu said."}},
		{"Ann Lee said the vote was fair\u2026 and left Oslo.",
			[]string{"Ann Lee said the vote was fair\u2026 and left Oslo."}},
		{"Tom Wu said he would wait... Then he left Oslo.",
			[]string{"Tom Wu said he would wait...", "Then he left Oslo."}},
	})
}
