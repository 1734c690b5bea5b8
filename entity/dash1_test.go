package entity

import "testing"

// TestDashNameAfterRole covers a name set off by dashes after a role noun:
// "Acme's chief executive — Ann Lee — criticised" states the role that the
// same sentence with commas does.
func TestDashNameAfterRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Holdings' chief executive — Ann Lee — criticised the Norland government on Tuesday.",
			[]string{"Ann Lee -lead-> Halvik Holdings"}, nil, "em dashes"},
		{"Halvik Holdings' chief executive – Ann Lee – criticised the Norland government on Tuesday.",
			[]string{"Ann Lee -lead-> Halvik Holdings"}, nil, "en dashes"},
	})
}
