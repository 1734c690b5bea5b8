package entity

import "testing"

// TestNationalPapers checks that a country's name and a newspaper's last
// word name one paper, and that a source after "according to" whose
// comma a clause's subject follows stays a person, on documents written
// for this test.
func TestNationalPapers(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Measles spreads\n\nSamoa Observer editor Ann Lee said the movement grew.",
			[]string{"Ann Lee -work_for-> Samoa Observer"}, nil,
			"a country's name and Observer"},
		{"Measles spreads\n\nAccording to Halvik Times editor Mari Tonga, the protest movement managed to spread.",
			[]string{"Mari Tonga -work_for-> Halvik Times"}, nil,
			"the clause after the source's comma is no apposition of the source"},
	})
}
