package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestBrandTypes checks that a lone word shaped as a brand is a body, not
// the place or the person the recogniser or the words before it make it,
// and that a company's legal suffix, or "daily" before a paper's name,
// makes the name a body's.
func TestBrandTypes(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Developers of Norvikly use ZorbHub for their code.", "ZorbHub", "", schema.Organization, "a capital inside a word: a brand, no place"},
		{"The team uploaded the code to ZorbHub last year.", "ZorbHub", schema.Organization, schema.Organization, "a brand after a place's preposition"},
		{"According to HalvikFact, the claim was false.", "HalvikFact", schema.Organization, schema.Organization, "a brand as a source"},
		{"Critics told the weekly Velmorica that the plan had failed, and daily Zorbica agreed.", "Zorbica", schema.Organization, schema.Organization, "a lone word after daily names a paper"},
		{"Doctors gave Tom Wu a daily Zorbica and rest.", "Zorbica", "", "", "a daily dose is no paper"},
		{"Investors bought shares of Halvik Tovarna Kft on Monday.", "Halvik Tovarna Kft", schema.Organization, schema.Organization, "a legal suffix closes a company's name"},
	})
}

func TestBrandShaped(t *testing.T) {
	tests := []struct {
		w    string
		want bool
		why  string
	}{
		{"GitHub", true, "a capital inside the word"},
		{"ZooMS", true, "capitals closing the word"},
		{"McAllen", false, "a surname's particle"},
		{"DeKalb", false, "a surname's particle"},
		{"NASA", false, "an acronym"},
		{"Bermuda", false, "one capital"},
		{"iPhone", false, "no capital first"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := brandShaped(tt.w); got != tt.want {
				t.Errorf("brandShaped(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
