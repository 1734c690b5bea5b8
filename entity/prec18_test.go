package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTownsPlaced checks that a capital, or a town whose region the
// gazetteer names, is placed in no name that cannot hold it: a hospital's
// name after the city, a district the phrase's head lies in, another town.
// A county, a known region and a state stay. The sentences are written
// for this test.
func TestTownsPlaced(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee was flown to Oslo and moved to a hospital in Oslo, Rikshospitalet.",
			nil, []string{"Oslo -locate_in-> Rikshospitalet"}, "a hospital's name after a capital"},
		{"His phone was last active in the northern part of Oslo in Grorud, police said.",
			nil, []string{"Oslo -locate_in-> Grorud"}, "the district the part of a capital lies in"},
		{"The plane was flying to Halden Field airport, located near Oslo in Bergen, Norway.",
			[]string{"Bergen -locate_in-> Norway"}, []string{"Oslo -locate_in-> Bergen"}, "a capital in another town"},
		{"The clinic lies near San Diego in Lakeside, officials said.",
			nil, []string{"San Diego -locate_in-> Lakeside"}, "a town of a listed region in an unknown name"},
		{"The fire began near Pasadena, Los Angeles County, on Monday.",
			[]string{"Pasadena -locate_in-> Los Angeles County"}, nil, "a county stays"},
		{"The race was held in Chicago, Illinois, on Sunday.",
			[]string{"Chicago -locate_in-> Illinois"}, nil, "a known region stays"},
	})
}
