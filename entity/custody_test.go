package entity

import "testing"

// TestCustodyHolder checks that the body after "the custody of" holds the
// person a copula puts in it, and that a release from it gives no hold, on
// sentences written for this test.
func TestCustodyHolder(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu had been in the custody of Swedish authorities since his arrest in 2013.",
			[]string{"Swedish authorities -hold-> Tom Wu"}, []string{"Sweden -hold-> Tom Wu"},
			"the authorities hold him, not their state's adjective"},
		{"Ann Lee remains in the custody of Norwegian police.",
			[]string{"Norwegian police -hold-> Ann Lee"}, nil,
			"a custody that lasts"},
		{"Ann Lee was released from the custody of Norwegian police.",
			nil, []string{"Norwegian police -hold-> Ann Lee"},
			"a custody ended"},
	})
}
