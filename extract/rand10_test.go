package extract_test

import (
	"strings"
	"testing"
)

// TestScareQuotedAdjective checks that quotation marks around an
// adjective after a verb and before a preposition quote no clause, on
// sentences written for this test: the adjective and the phrase after it
// stay in the clause.
func TestScareQuotedAdjective(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, want string }{
		{`Tom Wu was "deeply disappointed" with the Halvik Party.`, "Halvik Party"},
		{`Norway is "very critical" of Sweden.`, "Sweden"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tc.text)) {
			if strings.Contains(e.Object.Text, tc.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("Sentence(%q): no object holds %q", tc.text, tc.want)
		}
	}
}
