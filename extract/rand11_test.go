package extract_test

import (
	"testing"
)

// TestClaimNounClause checks that a name after a noun of saying with no
// "that" ("allegations Tom Wu tried to bribe ...") starts the reported
// clause, on sentences written for this test: the name is the clause's
// subject, not part of the noun's phrase.
func TestClaimNounClause(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, subj, rel string }{
		{"The inquiry stemmed from allegations Tom Wu tried to bribe the Halvik Party.", "Tom Wu", "tried to bribe"},
		{"There were reports Norway had attacked Sweden overnight.", "Norway", "had attacked"},
		{"Sweden denied claims Ann Lee will visit Oslo next week.", "Ann Lee", "will visit"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tc.text)) {
			if e.Subject.Text == tc.subj && e.Relation == tc.rel {
				found = true
			}
		}
		if !found {
			t.Errorf("Sentence(%q): no clause %q | %q", tc.text, tc.subj, tc.rel)
		}
	}
	// A name that is the noun's own stays in it.
	for _, e := range x.Sentence(a.Tag("The claims Halvik Airways made were false.")) {
		if e.Subject.Text == "Halvik Airways" && e.Relation != "made" {
			t.Errorf("claims Halvik Airways made: %q | %q", e.Subject.Text, e.Relation)
		}
	}
}
