package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRoleBeforePersonOfOrg checks a capitalised role noun and a person's
// name before "of" and a body's name: a person of the body, not one
// body's name ("Professor Michael Siegel of Boston University").
func TestRoleBeforePersonOfOrg(t *testing.T) {
	tests := []struct {
		text string
		want []string
		why  string
	}{
		{"Professor Ann Lee of Lodi University wrote the study.", []string{"Ann Lee", "Lodi University"}, "a professor of a university"},
		{"Professor Tom C. Wu of Halvik College School of Law writes that it is legal.", []string{"Tom C. Wu", "Halvik College School of Law"},
			"a middle initial, and a school whose name holds of"},
		{"Director Ann Lee of the Halvik Institute of Physics said so.", []string{"Ann Lee", "Halvik Institute of Physics"}, "a director of an institute"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, nil) })
	}
}

// TestDoubleGivenNameOfOrg checks a person's name of four words that opens
// with two given names, then "of" and a body: a person of the body, as a
// name of two or three words is.
func TestDoubleGivenNameOfOrg(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Jo Anne Van Velden of the University of Nortavia disagreed with the findings.",
			[]string{"Jo Anne Van Velden -work_for-> University of Nortavia"}, nil,
			"two given names, a surname with a particle"},
		{"Pieter Jan Van Osk of Corvell University said the study was flawed.",
			[]string{"Pieter Jan Van Osk -work_for-> Corvell University"}, nil,
			"a double given name, no article before the body"},
		{`Jo Anne Van Velden of the University of Nortavia disagreed with these findings: "The seeps are minor. They always were."`,
			[]string{"Jo Anne Van Velden -work_for-> University of Nortavia"}, nil,
			"a colon and a quotation after the clause"},
	})
}
