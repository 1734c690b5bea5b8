package entity

import "testing"

// TestDirectorOfBody checks that the capitalised words after "Director
// of" that end in a body's head noun name the body the director heads,
// not a portfolio followed by a person's name.
func TestDirectorOfBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{
			text: "The Director of Orbis Holdings, Lena Marsh, called it a mistake.",
			want: []string{"Lena Marsh -lead-> Orbis Holdings"},
			not:  []string{"Lena Marsh -lead-> Holdings"},
			why:  "a body of two words after a capitalised Director of, before the name",
		},
		{
			text: "Lena Marsh, Director of Kestrel Foundation, called it a mistake.",
			want: []string{"Lena Marsh -lead-> Kestrel Foundation"},
			not:  []string{"Lena Marsh -lead-> Foundation"},
			why:  "a capitalised Director of a body after the name",
		},
		{
			text: "The Director of the Kestrel Foundation, Lena Marsh, called it a mistake.",
			want: []string{"Lena Marsh -lead-> Kestrel Foundation"},
			why:  "the body's name after the",
		},
		{
			text: "The manager of Orbis Holdings and Director of Kestrel Foundation, Lena Marsh, called it a mistake.",
			want: []string{"Lena Marsh -lead-> Kestrel Foundation"},
			not:  []string{"Lena Marsh -lead-> Foundation"},
			why:  "a capitalised Director of a body joined by and to a lower-case role of another",
		},
		{
			text: "The then-manager of Orbis Holdings and Director of Kestrel Tourism Partnership, David Clay, called it a mistake.",
			want: []string{"David Clay -lead-> Kestrel Tourism Partnership"},
			why:  "then- before the first role",
		},
		{
			text: "Director of Communications Tomas Erkin said the talks had failed.",
			not:  []string{"Tomas Erkin -lead-> Communications Tomas Erkin"},
			why:  "a portfolio before a name stays a portfolio",
		},
	})
}

// TestPartnershipHead checks that a capitalised name ending in
// "Partnership" names an organisation.
func TestPartnershipHead(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{
			text: "David Clay, director of Kestrel Tourism Partnership, called it a mistake.",
			want: []string{"David Clay -lead-> Kestrel Tourism Partnership"},
			why:  "a partnership is a body",
		},
	})
}
