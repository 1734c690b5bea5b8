package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRegionHeads covers the heads of the governments of regions and
// territories (first minister, chief minister, chief executive) and
// capitalised local heads after a verb of holding, on invented stories.
func TestRegionHeads(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Leaders react to flood warnings\n\nThe First Minister of Scotland Mira Holt said she was watching events closely. Chief Executive of Hong Kong Joel Sand met her last month. Rita Voss, the first minister of Wales, agreed.",
			[]string{"Mira Holt -lead-> Scotland", "Joel Sand -lead-> Hong Kong", "Rita Voss -lead-> Wales"},
			[]string{"Mira Holt -work_for-> Scotland", "Joel Sand -work_for-> Hong Kong", "Rita Voss -work_for-> Wales"},
			"a first minister or chief executive of a territory heads it, before the name or in apposition"},
		{"Scotland votes on new budget\n\nScottish First Minister Mira Holt said the budget was fair. Punjab Chief Minister Ravi Dev met her in Edinburgh. Rita Voss is Wales's First Minister.",
			[]string{"Mira Holt -lead-> Scotland", "Ravi Dev -lead-> Punjab", "Rita Voss -lead-> Wales"},
			[]string{"Mira Holt -work_for-> Scotland", "Ravi Dev -work_for-> Punjab", "Rita Voss -work_for-> Wales"},
			"a capitalised First or Chief Minister is one title, which leads"},
		{"Ravi Dev became Chief Minister of Punjab in 2019. Mira Holt served as First Minister of Wales. Joel Sand served as Mayor of Bergen until 2015.",
			[]string{"Ravi Dev -lead-> Punjab", "Mira Holt -lead-> Wales", "Joel Sand -lead-> Bergen"}, nil,
			"a capitalised head's title after a verb of holding heads the place after of"},
		{"Joel Sand served as Director of Communications at Halvik Motors.",
			nil, []string{"Joel Sand -lead-> Communications"},
			"a capitalised director of a field heads nothing"},
		{"Mira Holt, the deputy first minister of Wales, agreed.",
			nil, []string{"Mira Holt -lead-> Wales"},
			"a deputy first minister does not lead"},
	})
}
