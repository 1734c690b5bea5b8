package entity

import "testing"

// TestCapitalisedOfficeHolder covers a state's office written with
// capitals and no name after it ("The Norwegian President", "Norway's
// President"): the one holder the document named, as the lower-case
// description is ([docState.nationalHolder]), not an office of its own.
func TestCapitalisedOfficeHolder(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian President Tom Wu met Swedish Prime Minister Ann Lee in Oslo. The Norwegian President later criticised Denmark.",
			[]string{"Tom Wu -criticise-> Denmark"}, nil,
			"the state's adjective and a capitalised title"},
		{"Norwegian President Tom Wu met Swedish Prime Minister Ann Lee in Oslo. Norway's President later criticised Denmark.",
			[]string{"Tom Wu -criticise-> Denmark"}, nil,
			"the state's possessive and a capitalised title"},
		{"Norwegian President Tom Wu met Swedish Prime Minister Ann Lee in Oslo. The Swedish Prime Minister later thanked Denmark.",
			[]string{"Ann Lee -thank-> Denmark"}, nil,
			"a title of two words"},
		{"Tom Wu met Ann Lee in Oslo. The Danish President later criticised Norway.",
			nil, []string{"Tom Wu -criticise-> Norway", "Ann Lee -criticise-> Norway"},
			"no holder named: nobody's"},
	})
}
