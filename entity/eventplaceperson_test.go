package entity

import "testing"

// TestEventPlacePerson covers a person in an act's object with the act's
// place right after: the place is the act's, not where the person is, as
// for a body ([eventPlace]).
func TestEventPlacePerson(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Swedish forces kill Norwegian in occupied Halden raid: ministry\n\nSwedish forces have killed a Norwegian man in the occupied Halden, Norwegian officials said.\n\nTom Wu, 37, was \"shot by the Swedish occupation\" in the northern city of Lund, the Norwegian health ministry said on Monday.",
			[]string{"Swedish forces -kill-> Tom Wu"},
			[]string{"Tom Wu -locate_in-> Halden"},
			"a man killed in a place: the killing's place"},
		{"Tom Wu is in Halden on a two-day visit.",
			[]string{"Tom Wu -locate_in-> Halden"},
			nil,
			"a person who is in a place stays placed"},
	})
}
