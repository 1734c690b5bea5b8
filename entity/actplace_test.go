package entity

import "testing"

// TestActPlacesNoGroup covers a group's act with a place after it: the
// place is where the act happened, not where the group is, while a verb
// of staying still places the group.
func TestActPlacesNoGroup(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian forces have killed a Swedish man in the occupied Halden region, officials said. Norwegian forces regularly conduct raids in Halden.",
			nil,
			[]string{"Norwegian forces -locate_in-> Halden"},
			"where a group killed or raided is the act's place"},
		{"About 300 Swedish troops are stationed in Narvik. Danish soldiers remain in Bergen.",
			[]string{"Swedish troops -locate_in-> Narvik", "Danish soldiers -remain_in-> Bergen"},
			nil,
			"a verb of staying places the group"},
	})
}
