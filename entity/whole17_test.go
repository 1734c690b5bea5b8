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

// TestPartsIncluding covers places listed after "parts of" a place and
// "including", on invented sentences: they lie in it, as after "regions".
func TestPartsIncluding(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Buyers came from various parts of Norway, including Kjosen and Lyngdal.",
			[]string{"Kjosen -locate_in-> Norway", "Lyngdal -locate_in-> Norway"}, nil,
			"parts of a state, then including"},
		{"Buyers came from parts of the Halvik Group, including Lund Shipping.",
			nil, []string{"Lund Shipping -locate_in-> Halvik Group"},
			"parts of an organisation place nothing"},
	})
}
