package entity

import "testing"

// TestAstronautWorksForAgency checks that an agency's astronaut or
// cosmonaut, the agency written before the noun, works for it, each name of
// a list too, and that a nationality before the noun says only where the
// holder is from, on documents written for this test.
func TestAstronautWorksForAgency(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"NASA astronaut Tom Ferrel said the flight was smooth.",
			[]string{"Tom Ferrel -work_for-> NASA"}, nil,
			"an agency's astronaut"},
		{"The rocket carried NASA astronauts Tom Ferrel and Jim Oakes into orbit.",
			[]string{"Tom Ferrel -work_for-> NASA", "Jim Oakes -work_for-> NASA"}, nil,
			"the noun titles each name of the list"},
		{"Russian cosmonaut Ivan Drugov said the flight was smooth.",
			[]string{"Ivan Drugov -from-> Russia"}, []string{"Ivan Drugov -work_for-> Russia"},
			"a nationality says where the cosmonaut is from"},
	})
}
