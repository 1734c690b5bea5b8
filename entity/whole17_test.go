package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNationalFromPlace covers a nationality in apposition followed by a
// from-phrase, on invented sentences: the place after "from" is the
// person's, as after a description with no nationality.
func TestNationalFromPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Harlan, an ethnic Armenian from Syria, opposed Jim Corr.",
			[]string{"Tom Harlan -from-> Syria"}, nil,
			"an age or descent adjective, a nationality, then from"},
		{"Ann Lee, a Syrian refugee from Jordan, met Jim Corr.",
			[]string{"Ann Lee -from-> Jordan"}, nil,
			"a nationality and a noun, then from"},
		{"Ann Lee, a French official from the Halvik Institute, met Jim Corr.",
			nil, []string{"Ann Lee -from-> Halvik Institute"},
			"from an organisation is no home"},
		{"Tom Harlan, an Armenian from Syria and Jim Corr met Ann Lee.",
			nil, []string{"Tom Harlan -from-> Syria"},
			"no comma closes the apposition: the place may begin a list"},
	})
}
