package entity

import "testing"

// TestNationalityIndividuals: "individuals" after a nationality names a
// group of that state's people, as "nationals" and "citizens" do; on
// invented stories.
func TestNationalityIndividuals(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik Security Service arrested 33 Swedish individuals, claiming them to be mercenaries.",
			[]string{"Halvik Security Service -arrest-> Swedish individuals"}, nil,
			"a number, a nationality and individuals"},
	})
}
