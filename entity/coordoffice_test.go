package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCoordinatedTitleOf checks a capitalised title joined by "and" to a
// role noun before "of" and a body's name: the title opens no name of a
// body. The sentences are written for this test.
func TestCoordinatedTitleOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee was chairman and CEO of Norland Steel from 2000 to 2010.",
			[]string{"Ann Lee -lead-> Norland Steel"}, []string{"Ann Lee -lead-> CEO of Norland Steel"},
			"a title after a role noun and \"and\" is one office of the body after \"of\""},
		{"Tom Wu, the founder and CEO of Halvik Motors, said the plant would close.",
			[]string{"Tom Wu -lead-> Halvik Motors"}, []string{"Tom Wu -lead-> CEO of Halvik Motors"},
			"a founder's noun before \"and\" and the title, in an apposition"},
	})
}
