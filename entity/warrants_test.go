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

// TestSigningFrom checks that a player signed or joining from a club left
// it, and that the signing club signed from it, on sentences written for
// this test.
func TestSigningFrom(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Transfer\n\nHalden FC signed Tom Wu from Norvik FC on Friday.",
			[]string{"Halden FC -sign-> Tom Wu", "Tom Wu -leave-> Norvik FC", "Halden FC -sign_from-> Norvik FC"}, nil,
			"a club signs a player from another"},
		{"Transfer\n\nTom Wu joined Halden FC from Norvik FC on Friday.",
			[]string{"Tom Wu -join-> Halden FC", "Tom Wu -leave-> Norvik FC"}, nil,
			"a player joins a club from another"},
		{"Transfer\n\nTom Wu did not join Halden FC from Norvik FC.",
			nil, []string{"Tom Wu -leave-> Norvik FC"},
			"a negated move"},
	})
}
