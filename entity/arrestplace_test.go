package entity

import "testing"

// TestArrestPlacesNoForce covers a place after an active "arrested": it
// is where the one arrested was taken, which places no force.
func TestArrestPlacesNoForce(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian police have arrested a man in Halden in connection with the bombings.",
			nil, []string{"Norwegian police -locate_in-> Halden"},
			"the arrest's place"},
		{"Norwegian police searched two houses in Halden.",
			[]string{"Norwegian police -locate_in-> Halden"}, nil,
			"another act still places the group"},
	})
}
