package entity

import "testing"

// TestMeetingPlace covers a meeting whose place stands between the noun
// and "with": the partner after "with" is met all the same.
func TestMeetingPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu said during a meeting at the Pentagon with Defense Minister Ann Lee that he was pleased.",
			[]string{"Tom Wu -meet-> Ann Lee"},
			nil,
			"a meeting at a named place with a partner"},
		{"Kim Ek spoke during talks in Oslo with Ola Berg.",
			[]string{"Kim Ek -meet-> Ola Berg"},
			nil,
			"talks in a city with a partner"},
	})
}
