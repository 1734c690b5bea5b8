package entity

import "testing"

// TestStormLoneName checks that the lone name of a storm that the
// document gives in full with its prefix ("Halvor" after "Typhoon
// Halvor") is no actor, while a person of the same document stays one, on
// documents written for this test.
func TestStormLoneName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Typhoon Halvor made landfall on Norway on Tuesday. Halvor impacted upon Bergen and Oslo, and Ann Lee visited Bergen.",
			[]string{"Ann Lee -visit-> Bergen"}, []string{"Typhoon Halvor -impact_upon-> Bergen", "Halvor -impact_upon-> Bergen"},
			"a typhoon's lone name"},
		{"Hurricane Selma hit Cuba on Monday. Later Selma struck Haiti.",
			nil, []string{"Hurricane Selma -strike-> Haiti", "Selma -strike-> Haiti"},
			"a hurricane's lone name"},
		{"Tropical Storm Orla flooded Manila. Orla then damaged Cebu.",
			nil, []string{"Tropical Storm Orla -damage-> Cebu", "Orla -damage-> Cebu"},
			"a tropical storm's lone name"},
		{"Typhoon Halvor strikes Norway\n\nTyphoon Halvor made landfall on Norway on Tuesday, killing at least 20 according to Norwegian officials. Halvor then damaged Bergen.",
			nil, []string{"Typhoon Halvor -strike-> Norway"},
			"a storm's full name in a headline"},
		{"Ann Lee met staff of the National Hurricane Center in Miami.",
			[]string{"Ann Lee -meet-> National Hurricane Center"}, nil,
			"a body named after storms is an actor"},
	})
}
