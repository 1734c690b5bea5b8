package extract_test

import (
	"slices"
	"testing"
)

// TestJoinedVerbNegation: a verb phrase joined by "or" to a negated one
// is negated too, and so is a bare verb after "and" that the negated
// auxiliary governs; a finite verb after "and" or "but" states its own
// act.
func TestJoinedVerbNegation(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, want, why string
	}{
		{"Norway did not attack Sweden or threaten Denmark.", "Norway -not threaten-> Denmark", "or after did not"},
		{"Tom Wu never met Ann Lee or called Bo Kim.", "Tom Wu -not call-> Bo Kim", "or after never"},
		{"Norway has not recognised Kosovo or sanctioned Serbia.", "Norway -not sanction-> Serbia", "or after has not"},
		{"Ann Lee did not meet Tom Wu and call Bo Kim.", "Ann Lee -not call-> Bo Kim", "bare verb after and"},
		{"Tom Wu did not resign and criticised Ann Lee.", "Tom Wu -criticise-> Ann Lee", "finite verb after and"},
		{"Norway did not attack Sweden but threatened Denmark.", "Norway -threaten-> Denmark", "but"},
		{"Bo Kim met Ann Lee or called Tom Wu.", "Bo Kim -call-> Tom Wu", "no negation"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			got := triples(a, x, tc.text)
			if !slices.Contains(got, tc.want) {
				t.Errorf("Sentence(%q) = %q, want %s", tc.text, got, tc.want)
			}
		})
	}
}
