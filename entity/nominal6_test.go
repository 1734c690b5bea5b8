package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNominalParties covers relations inside noun phrases, on invented
// sentences and stories: the parties of an act listed with asides between
// them ("a meeting between Bob Hale, claiming to represent Acme, and Joe
// Ng").
func TestNominalParties(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Kim Ross helped facilitate a meeting between Bob Hale, claiming to represent the State Department, and Joe Ng, one of Ann Lee's aides.",
			[]string{"Bob Hale -meet_with-> Joe Ng", "Bob Hale -represent-> State Department"},
			[]string{"Kim Ross -represent-> State Department", "Kim Ross -represent-> Joe Ng", "Bob Hale -represent-> Joe Ng"},
			"a participle's phrase set off between two members of a list of parties is the first member's, and the list goes on after it"},
		{"Talks between Tom Wu, the Fijian president, and Ann Lee ended on Friday. Kim Ek arranged a meeting between Ola Berg, a Halvik Holdings lawyer, and Cyd Ho.",
			[]string{"Tom Wu -talk_with-> Ann Lee", "Ola Berg -meet_with-> Cyd Ho"},
			nil,
			"an apposition after a party does not end the list"},
		{"Kim Ross met Bob Hale, claiming to represent the State Department, and left.",
			[]string{"Kim Ross -represent-> State Department"},
			[]string{"Bob Hale -represent-> State Department"},
			"a phrase after the object and before a verb is the subject's"},
	})
}
