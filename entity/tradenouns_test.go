package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestTradeNounsBeforeBodies checks that an unknown name after a noun for
// a kind of business is an organisation, and after a trade a person may
// have stays a person, on documents written for this test.
func TestTradeNounsBeforeBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bank sues carmaker\n\nDutch bank Velbrecht sued Halvor Motors on Monday.",
			[]string{"Velbrecht -sue-> Halvor Motors", "Velbrecht -locate_in-> Netherlands"}, nil,
			"a bank before its name"},
		{"Deal agreed\n\nThe German drugmaker Kelvara bought Halvor Motors.",
			[]string{"Kelvara -buy-> Halvor Motors"}, nil,
			"a drugmaker before its name"},
	})
}

// TestBasedTwoWordPlaces checks that a compound of a place's two-word name
// and "-based" places the body, and is no actor's name of its own, on
// documents written for this test.
func TestBasedTwoWordPlaces(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bank sues lawyer\n\nVelbrecht, a New York-based bank, sued Tom Wu on Monday.",
			[]string{"Velbrecht -sue-> Tom Wu", "Velbrecht -locate_in-> New York"}, []string{"New York-based -sue-> Tom Wu", "New York -sue-> Tom Wu"},
			"the compound in an apposition"},
		{"Bank sues lawyer\n\nThe San Francisco-based company Velbrecht sued Tom Wu.",
			[]string{"Velbrecht -sue-> Tom Wu", "Velbrecht -locate_in-> San Francisco"}, nil,
			"the compound before the body's noun and name"},
	})
}

// TestWellKnownBodies checks that campaign groups and news outlets often
// named alone are organisations from their first mention, on sentences
// written for this test.
func TestWellKnownBodies(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Greenpeace criticised Halvik Motors on Monday.", "Greenpeace", schema.Organization, schema.Organization,
			"a campaign group alone before its verb"},
		{"Tom Wu told Newsweek that he would run.", "Newsweek", schema.Organization, schema.Organization,
			"a magazine alone after told"},
		{"MSF said its clinic in Velbar was shelled.", "Doctors Without Borders", schema.Organization, schema.Organization,
			"a charity by its acronym"},
	})
}
