package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPartyAdjectiveOffice covers a party's adjective between a place's
// possessive and an office before a name, on invented stories: the
// office holder is the party's member, not its head.
func TestPartyAdjectiveOffice(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Democratic Party met in Denver on Monday. Denver's Democratic mayor Ann Lee said the curfew would hold.",
			[]string{"Ann Lee -member_of-> Democratic Party", "Ann Lee -lead-> Denver"}, []string{"Ann Lee -lead-> Democratic Party"},
			"a town's possessive, the party's adjective and the mayor"},
		{"The Labour Party met in Leeds on Monday. Labour Party leader Tom Wu said the strike would end.",
			[]string{"Tom Wu -lead-> Labour Party"}, nil,
			"the party's own leader still leads it"},
	})
}
