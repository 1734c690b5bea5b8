package extract_test

import (
	"slices"
	"testing"
)

// TestDateBetweenSubjectAndVerb checks that a date set between a subject
// and its verb ("late Tuesday night", "early Monday", "last week") is no
// subject: the noun phrase before it is, on sentences written for this
// test. A passive infinitive after a first verb gives the participle's
// lemma after the first verb's, with no "be".
func TestDateBetweenSubjectAndVerb(t *testing.T) {
	a, x := setup(t)
	cases := []struct{ text, subj, lemma string }{
		{"Tom Wu late Tuesday night faced the media.", "Tom Wu", "face"},
		{"Tom Wu early Monday met Ann Lee.", "Tom Wu", "meet"},
		{"Tom Wu last week met Ann Lee.", "Tom Wu", "meet"},
		{"Police late Friday arrested Tom Wu.", "Police", "arrest"},
		{"Tom Wu and Ann Lee both yesterday criticised Norway.", "Tom Wu", "criticise"},
		{"Tom Wu and Ann Lee both yesterday criticised Norway.", "Ann Lee", "criticise"},
		{"Norway and Sweden each today signed the pact.", "Sweden", "sign"},
		{"Tom Wu has been sent to be deployed to Norway.", "Tom Wu", "send_to_deploy_to"},
	}
	for _, c := range cases {
		got := subjectLemmas(a, x, c.text)
		found := slices.Contains(got, c.subj+"|"+c.lemma)
		if !found {
			t.Errorf("Sentence(%q) = %q, want subject %q with lemma %q", c.text, got, c.subj, c.lemma)
		}
	}
}
