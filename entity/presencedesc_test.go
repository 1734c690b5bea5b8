package entity

import "testing"

// TestPresenceDescribed checks that a company taken up by a description,
// and a count of stores with "some" and "across", still place the
// company's presence, on sentences written for this test.
func TestPresenceDescribed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Stores\n\nHalvik Group said profits rose. The company has some 900 stores across Germany.",
			[]string{"Halvik Group -operate_in-> Germany"}, nil,
			"a description, some and across"},
	})
}
