package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStakes: a company that takes, buys or holds a stake in another has
// invested in it (one that holds or has it owns a stake in it); one that sells its stake has not.
func TestStakes(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Motors took a stake in Tessaro Labs.",
			[]string{"Halvik Motors -invest_in-> Tessaro Labs"}, nil,
			"a stake taken"},
		{"Halvik Motors bought a 20 percent stake in Tessaro Labs on Monday.",
			[]string{"Halvik Motors -invest_in-> Tessaro Labs"}, nil,
			"a stake bought, with its size"},
		{"Brenmark Corp. holds a minority stake in Tessaro Labs.",
			[]string{"Brenmark Corp -own_stake_in-> Tessaro Labs"}, nil,
			"a stake held is owned"},
		{"The Orvane Fund has a 16.5% stake in Tessaro Labs.",
			[]string{"Orvane Fund -own_stake_in-> Tessaro Labs"}, nil,
			"a stake the holder has"},
		{"Halvik Motors sold its stake in Tessaro Labs.",
			nil, []string{"Halvik Motors -invest_in-> Tessaro Labs", "Halvik Motors -sell_in-> Tessaro Labs"},
			"a stake sold: no investment"},
	})
}
