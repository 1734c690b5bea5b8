package entity

import "testing"

// TestPersonOfPlaceSetOff covers "of" and a town set off after a person's
// name by a comma, alone or after the person's age: the person is from the
// town, as without the comma.
func TestPersonOfPlaceSetOff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police arrested Tom Hale, 45, of Allen, Texas, on Monday.",
			[]string{"Tom Hale -from-> Allen"}, nil, "age between commas"},
		{"Ann Lee, of Bergen, Norway, won the race.",
			[]string{"Ann Lee -from-> Bergen"}, nil, "of alone"},
		{"Sam Cole, a 33-year-old man of Bethesda, Maryland, was charged.",
			[]string{"Sam Cole -from-> Bethesda"}, nil, "a year-old man"},
		{"Tom Berg, aged 61, of Leeds, was fined.",
			[]string{"Tom Berg -from-> Leeds"}, nil, "aged"},
		{"Police arrested Tom Hale, 45, in Allen, Texas, on Monday.",
			nil, []string{"Tom Hale -from-> Allen"}, "in says where the arrest was"},
	})
}
