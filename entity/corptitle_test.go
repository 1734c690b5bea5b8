package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestCorporateTitleKind covers an unknown name right before a
// business's chief officer and the holder's name ("Norden Velmar chief
// executive Jim Park") or after that officer and "of" ("Jim Park, chief
// executive of Norden Velmar"), on invented stories: the name is a
// business's, whatever the recogniser makes of its words.
func TestCorporateTitleKind(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Norden Velmar chief executive Jim Park praised the ruling.", "Norden Velmar", schema.Person, schema.Organization, "a chief executive before the holder"},
		{"Norden Velmar CEO Jim Park praised the ruling.", "Norden Velmar", schema.Organization, schema.Organization, "a CEO before the holder"},
		{"Jim Park, chief executive of Norden Velmar, praised the ruling.", "Norden Velmar", schema.Person, schema.Organization, "a chief executive of it"},
		{"Jim Park, the chairman of Norden Velmar, praised the ruling.", "Norden Velmar", schema.Person, schema.Organization, "a chairman of it"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Norden Velmar chief executive Jim Park praised the ruling.",
			[]string{"Jim Park -lead-> Norden Velmar"}, nil, "the holder leads the business"},
		{"Jim Park, chief executive of Norden Velmar, praised the ruling.",
			[]string{"Jim Park -lead-> Norden Velmar"}, nil, "the holder leads the business after of"},
	})
}

// TestBusinessHeadWords covers names ending in the words businesses end
// their names with ("Norden Computer", "Velby Capital", "Halvik
// Pictures"), on invented stories: organisations whatever the recogniser
// makes of the words before.
func TestBusinessHeadWords(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Halvik Systems filed a lawsuit against Norden Computer on Wednesday.", "Norden Computer", schema.Organization, schema.Organization, "a computer maker"},
		{"The fund was bought by Velby Capital last year.", "Velby Capital", schema.Organization, schema.Organization, "an investment firm"},
		{"Tom Wu signed a contract with Halvik Pictures.", "Halvik Pictures", schema.Organization, schema.Organization, "a film studio"},
	})
}
