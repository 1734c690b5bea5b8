package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestWebDomains checks that a name written as a web domain is an
// organisation's, and that a town and "Bulletin" name a paper.
func TestWebDomains(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Ann Lee, in remarks to Velmora.com.br, said the fire was big.", "Velmora.com.br", schema.Organization, schema.Organization, "a site after to, no place"},
		{"The data sat on Orvek.com web servers.", "Orvek.com", schema.Organization, schema.Organization, "a company named by its site"},
		{"According to Manila Bulletin, the quake was strong.", "Manila Bulletin", schema.Organization, schema.Organization, "a town's paper"},
		{"Tom Wu arrived in St. Louis on Monday.", "St. Louis", schema.GPE, schema.GPE, "an abbreviation with a stop is no domain"},
	})
	for _, w := range []string{"U.S.", "e.g.", "Mr.Smith", "No.1", "Velmora.", ".com"} {
		if webDomain(w) {
			t.Errorf("webDomain(%q) = true, want false", w)
		}
	}
}
