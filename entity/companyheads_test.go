package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestCompanyTradeHeads checks that a trade word ending a name of several
// capitalised words names a company, and alone a common word, on
// sentences written for this test.
func TestCompanyTradeHeads(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Norwegian Halvik Tobacco took control of Velmor Bank on Tuesday.", "Norwegian Halvik Tobacco", schema.Organization, schema.Organization, "a tobacco company"},
		{"Investors said Halvik Software had lost money.", "Halvik Software", schema.Organization, schema.Organization, "a software company"},
		{"Tobacco was taxed more heavily in Oslo.", "Tobacco", "", "", "the trade alone is no body"},
	})
}
