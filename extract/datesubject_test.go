package extract_test

import (
	"slices"
	"testing"
)

// TestDateBetweenSubjectAndVerb checks that a date set between a subject
// and its verb ("late Tuesday night", "early Monday", "last week") is no
// subject: the noun phrase before it is, on sentences written for this
// test; also after an apposition set off by commas ("Tom Wu, the mayor,
// on Sunday criticised"). A passive infinitive after a first verb gives the participle's
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
		{"Tom Wu, the mayor of Oslo, on Sunday criticised Ann Lee.", "Tom Wu", "criticise"},
		{"Ann Lee, Norway's foreign minister, last week met Tom Wu.", "Ann Lee", "meet"},
		{"Ann Lee, the mayor of Oslo, earlier this month criticised Tom Wu.", "Ann Lee", "criticise"},
		{"Tom Wu, 45, on Monday sued Halvik Holdings.", "Tom Wu", "sue"},
	}
	for _, c := range cases {
		got := subjectLemmas(a, x, c.text)
		found := slices.Contains(got, c.subj+"|"+c.lemma)
		if !found {
			t.Errorf("Sentence(%q) = %q, want subject %q with lemma %q", c.text, got, c.subj, c.lemma)
		}
	}
}
