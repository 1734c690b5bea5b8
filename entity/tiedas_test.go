package entity

import "testing"

// TestTiedAs checks that an as-phrase naming a person a resident or a
// citizen of a place ties the person to it, on sentences written for this
// test.
func TestTiedAs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu lived in self-imposed exile in Bergen as a legal resident of Norway.",
			[]string{"Tom Wu -live_in-> Norway", "Tom Wu -live_in-> Bergen"}, nil,
			"a resident, an adjective before the noun"},
		{"Ann Lee voted in Oslo as a citizen of Sweden.",
			[]string{"Ann Lee -citizen_of-> Sweden"}, nil,
			"a citizen"},
		{"Ann Lee spoke in Oslo as a guest of Sweden.",
			nil, []string{"Ann Lee -live_in-> Sweden", "Ann Lee -citizen_of-> Sweden"},
			"a guest is no tie"},
	})
}
