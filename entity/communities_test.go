package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCommunityInitials checks that a community named by its initials
// ("LGBT") is no organisation its activists are members of.
func TestCommunityInitials(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The last victim, LGBT activist Tom Hale, 49, was reported missing in Oslo.",
			nil, []string{"Tom Hale -member_of-> LGBT"},
			"an activist's community"},
		{"Members of the LGBTQ community met Ann Lee in Bergen.",
			nil, []string{"LGBTQ -meet-> Ann Lee"},
			"a community's initials before community"},
	})
	checkNames(t, a, r, "LGBT activist Tom Hale met Ann Lee in Oslo.", []string{"Tom Hale", "Ann Lee"}, []string{"LGBT"})
}
