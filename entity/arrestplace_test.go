package entity

import "testing"

// TestArrestPlacesNoForce covers a place after an active "arrested": it
// is where the one arrested was taken, which places no force.
func TestArrestPlacesNoForce(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian police have arrested a man in Halden in connection with the bombings.",
			nil, []string{"Norwegian police -locate_in-> Halden"},
			"the arrest's place"},
		{"Norwegian police searched two houses in Halden. Swedish police in Lund searched a flat.",
			[]string{"Swedish police -locate_in-> Lund"}, []string{"Norwegian police -locate_in-> Halden"},
			"another act's place places no group either; a place right after the group does"},
	})
}
