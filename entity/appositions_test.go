package entity

import "testing"

// TestTitlesAndAppositions: roles from a plural title before names the
// gazetteer lacks, and from offices and posts of a town named after "the
// city of".
func TestTitlesAndAppositions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Presidents Odalvo Menkar of Norway and Tiberu Daskan of Sweden met in Oslo. The Presidents Cup and the Ryder Cup were held.",
			[]string{"Odalvo Menkar -lead-> Norway", "Tiberu Daskan -lead-> Sweden"},
			[]string{"Presidents Odalvo Menkar -from-> Norway", "Tiberu Daskan -from-> Sweden"},
			"a plural title opens a list of its holders before given names no list knows, when a surname and 'of' or 'and' follow"},
		{"Carmen Vela, the mayor of the capital city of Kalvora, said the plan failed. Tom Wu, a lawyer for the city of Velmora, left. Ola Berg served as the district attorney for the city of Halvik Springs.",
			[]string{"Carmen Vela -lead-> Kalvora", "Tom Wu -work_for-> Velmora", "Ola Berg -work_for-> Halvik Springs"},
			nil,
			"'the (capital) city of' before an unlisted name makes it a town, whose mayor heads it and whose officials work for it"},
	})
}
