package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestFaithWords checks lone words the recogniser took for places:
// faiths, their gods and the planet are no actors.
func TestFaithWords(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Tom Wu converted to Islam last year.", "Islam", "", "", "a faith is no actor, after a place's preposition too"},
		{"Leaders of the Muslim community met Tom Wu on Monday.", "Muslim", "", "", "a faith's adjective is no actor"},
		{"The mission will bring samples back to Earth in 2031.", "Earth", "", "", "the planet is no actor"},
		{"Muslims prayed in the city on Friday.", "Muslims", schema.Group, schema.Group, "the believers of a faith are a group"},
		{"Tom Wu spoke to the newspaper The Hindu on Monday.", "Hindu", schema.Organization, schema.Organization, "a paper's title after The with a capital"},
	})
}
