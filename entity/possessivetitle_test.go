package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestModifiedPossessiveTitle covers a state's possessive, a lower-case
// modifier and a title before a name, in a report about another state:
// the title is the possessive state's, never the report's, on invented
// stories.
func TestModifiedPossessiveTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rwanda rejects claims\n\nRwanda rejected the claims on Monday. Rwanda's army said it had no troops abroad. " +
			"Kenya's former president Mwai Odhiambo called on Rwanda to withdraw.",
			[]string{"Mwai Odhiambo -lead-> Kenya"}, []string{"Mwai Odhiambo -lead-> Rwanda"},
			"former between the possessive and the title"},
		{"Floods in Sudan\n\nSudan declared an emergency on Monday. Sudan's army was sent to Khartoum. " +
			"Egypt's current President Omar Nassar sent aid to Sudan.",
			[]string{"Omar Nassar -lead-> Egypt"}, []string{"Omar Nassar -lead-> Sudan"},
			"current between the possessive and a capitalised title"},
	})
}
