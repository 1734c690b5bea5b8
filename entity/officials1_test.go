package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaceOfficials covers unnamed officials, authorities and
// prosecutors tied to a place by "in" or named by a state's adjective:
// they act for the place or the state (GUIDE.md).
func TestPlaceOfficials(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A storm hit Halvia on Monday. Authorities in Halvia arrested Tom Wu for looting.",
			[]string{"Halvia -arrest-> Tom Wu"}, nil,
			"authorities in a state act for it"},
		{"A storm hit Bergen on Monday. Officials in Bergen told the Daily Courier that the port was closed.",
			[]string{"Bergen -tell-> Daily Courier"}, nil,
			"officials in a town act for it"},
		{"A storm hit Bergen on Monday. Prosecutors in Bergen charged Tom Wu with fraud.",
			[]string{"Bergen -charge-> Tom Wu"}, nil,
			"prosecutors in a town act for it"},
		{"The storm hit Norway on Monday. Norwegian prosecutors charged Tom Wu with fraud.",
			[]string{"Norway -charge-> Tom Wu"}, nil,
			"a state's prosecutors named by its adjective act for it"},
		{"A storm hit Bergen on Monday. The officials in the Bergen office met Tom Wu.",
			nil, []string{"Bergen -meet-> Tom Wu"},
			"officials in a town's office are the office's"},
		{"A storm hit Bergen on Monday. A lawyer in Bergen sued Tom Wu.",
			nil, []string{"Bergen -sue-> Tom Wu"},
			"a lawyer in a town only works there"},
	})
}
