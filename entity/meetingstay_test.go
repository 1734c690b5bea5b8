package entity

import "testing"

// TestMeetingPlacesNoOne covers the place of a meeting: it is where the
// meeting was, not where the persons who met are placed, while a verb of
// staying still places them.
func TestMeetingPlacesNoOne(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Foreign Minister Tom Wu met with his Swedish counterpart Ann Berg in Oslo today.",
			[]string{"Tom Wu -meet_with-> Ann Berg"},
			[]string{"Tom Wu -locate_in-> Oslo", "Ann Berg -locate_in-> Oslo"},
			"a meeting's place is the meeting's"},
		{"Earlier, Wu met Danish Foreign Minister Lars Holm in Copenhagen. Tom Wu is in Copenhagen on a two-day visit.",
			[]string{"Tom Wu -meet-> Lars Holm", "Tom Wu -locate_in-> Copenhagen"},
			nil,
			"being in a city places the person; meeting there does not"},
		{"Ann Berg lived in Bergen for years.",
			[]string{"Ann Berg -live_in-> Bergen"},
			nil,
			"a verb of staying places the person"},
	})
}
