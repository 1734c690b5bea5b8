package entity

import "testing"

// TestWarrantFacts checks that a warrant issued or sought for a person's
// arrest, or for a list of people, relates its issuer to each, on
// sentences written for this test.
func TestWarrantFacts(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Court\n\nThe International Criminal Court issued a warrant for Tom Wu's arrest.",
			[]string{"International Criminal Court -issue_warrant_for-> Tom Wu"}, nil,
			"the possessor of the arrest"},
		{"Court\n\nThe Oslo District Court issued arrest warrants for Tom Wu and Ann Lee.",
			[]string{"Oslo District Court -issue_warrant_for-> Tom Wu", "Oslo District Court -issue_warrant_for-> Ann Lee"},
			[]string{"Oslo District Court -issue_for-> Tom Wu"},
			"a list after for, read for the warrant alone"},
		{"Court\n\nNorway did not issue a warrant for Tom Wu's arrest.",
			nil, []string{"Norway -issue_warrant_for-> Tom Wu"},
			"a negated issue"},
	})
}
