package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestSpelledOrg checks that a body's name that its bracketed acronym
// spells is one organisation, though "and", "of" or a state's name lies
// inside it, and that the acronym joins it; a law's, a system's or a kind's
// name so spelled stays no actor. The sentences are written for this test.
func TestSpelledOrg(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"The Norland Agency for Coastal Protection and Rescue (NACPR) said the dam held.", "Norland Agency for Coastal Protection and Rescue",
			schema.Organization, schema.Organization, "and between the topic's words"},
		{"The Velmor Oceanic and Coastal Administration (VOCA) issued a warning.", "Velmor Oceanic and Coastal Administration",
			schema.Organization, schema.Organization, "a public body's head word that alone names no body"},
		{"Ann Lee spoke for the Velmor Bankers' Association of Canada (VBAC) on Monday.", "Velmor Bankers' Association of Canada",
			schema.Organization, schema.Organization, "a state's name inside the body's"},
		{"Tom Wu received a Digital Freedom Act (DFA) notice.", "Digital Freedom Act", "", "", "a law is no actor"},
		{"Ships report their position by the Automatic Tracking System (ATS).", "Automatic Tracking System", schema.Person, "", "no body's word"},
		{"The union calls the line a Project of Common Value (PCV).", "Project of Common Value", "", "", "a kind after a"},
	})
	a, r := newTest(t, Options{})
	ents, _ := r.Resolve(a.Split("The Velmor Oceanic and Coastal Administration (VOCA) issued a warning. VOCA said the storm would pass."), nil)
	for _, e := range ents {
		if e.Name == "VOCA" {
			t.Errorf("the acronym is an entity of its own: %+v", ents)
		}
	}
}
