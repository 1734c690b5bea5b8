package entity

import "testing"

// TestPlacedAppositive covers a person named in apposition after an
// indefinite noun and the place it is from or in, on invented sentences:
// the name is the subject, not the place before the comma.
func TestPlacedAppositive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A teacher from Norway, Lisa Parry, drove to Oslo. A doctor in Bergen, Tom Wu, criticised Sweden.",
			[]string{"Lisa Parry -drive_to-> Oslo", "Lisa Parry -from-> Norway", "Tom Wu -criticise-> Sweden"},
			[]string{"Norway -drive_to-> Oslo", "Bergen -criticise-> Sweden"},
			"'a NOUN from PLACE, NAME,' is NAME"},
	})
}
