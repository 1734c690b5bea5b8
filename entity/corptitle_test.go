package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestCorporateTitleKind covers an unknown name right before a
// business's chief officer and the holder's name ("Norden Computer chief
// executive Jim Park") or after that officer and "of" ("Jim Park, chief
// executive of Norden Computer"), on invented stories: the name is a
// business's, whatever the recogniser makes of its words.
func TestCorporateTitleKind(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Norden Computer chief executive Jim Park praised the ruling.", "Norden Computer", schema.Person, schema.Organization, "a chief executive before the holder"},
		{"Norden Computer CEO Jim Park praised the ruling.", "Norden Computer", schema.Organization, schema.Organization, "a CEO before the holder"},
		{"Jim Park, chief executive of Norden Computer, praised the ruling.", "Norden Computer", schema.Person, schema.Organization, "a chief executive of it"},
		{"Jim Park, the chairman of Norden Computer, praised the ruling.", "Norden Computer", schema.Person, schema.Organization, "a chairman of it"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Norden Computer chief executive Jim Park praised the ruling.",
			[]string{"Jim Park -lead-> Norden Computer"}, nil, "the holder leads the business"},
		{"Jim Park, chief executive of Norden Computer, praised the ruling.",
			[]string{"Jim Park -lead-> Norden Computer"}, nil, "the holder leads the business after of"},
	})
}
