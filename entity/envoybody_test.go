package entity

import "testing"

// TestEnvoyBody checks that a state's possessive before an international
// body's name and an envoy's noun ("Sweden's United Nations ambassador")
// makes the body no part of the state, while a body of the state's own
// stays part of it, on sentences written for this test.
func TestEnvoyBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway also met with Sweden's United Nations ambassador to discuss the talks.",
			[]string{"Norway -meet_with-> Sweden"}, []string{"United Nations -part_of-> Sweden"},
			"the state's envoy to the body"},
		{"Sweden's NATO envoy said the talks would resume.",
			nil, []string{"NATO -part_of-> Sweden"},
			"an envoy to an alliance"},
		{"Sweden's Foreign Ministry said the talks would resume.",
			[]string{"Foreign Ministry -part_of-> Sweden"}, nil,
			"the state's own body is still part of it"},
	})
}
