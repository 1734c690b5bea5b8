package entity

import "testing"

// TestAreaOfLoneName covers a lone unknown name before a word for a part
// of a place and "of" ("the Kelda area of Norway"): the name is the part,
// which lies in the place after "of".
func TestAreaOfLoneName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Fighting broke out in the Kelda area of Norway on Monday.",
			[]string{"Kelda -locate_in-> Norway"}, nil,
			"an unknown name before 'area of'"},
		{"Shops closed in the Sagene neighbourhood of Oslo.",
			[]string{"Sagene -locate_in-> Oslo"}, nil,
			"before 'neighbourhood of'"},
		{"Troops entered the Democratic Republic of Congo. They moved into the Kelda area of the Congo.",
			[]string{"Kelda -locate_in-> Democratic Republic of the Congo"}, nil,
			"the state's name without 'the', then 'the Congo' for it"},
	})
}
