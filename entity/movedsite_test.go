package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestMovedSite checks moves to and from a site, no actor, in a place
// (whole55 round).
func TestMovedSite(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was flown to a hospital in Oslo on Monday.",
			[]string{"Tom Wu -fly_to-> Oslo"}, nil,
			"one flown to a hospital in a town was flown to the town"},
		{"Ann Lee was transferred from the hospital in Bergen to a clinic in Halden.",
			[]string{"Ann Lee -transfer_from-> Bergen", "Ann Lee -transfer_to-> Halden"}, nil,
			"a site at either end of the move"},
		{"Kari Berg was rushed to a local hospital in Bergen after the crash.",
			[]string{"Kari Berg -rush_to-> Bergen"}, nil,
			"a lower-case adjective before the site's noun"},
		{"Ann Lee was flown to a hospital near Bergen.",
			nil, []string{"Ann Lee -fly_to-> Bergen"},
			"a site near a town is not in it"},
		{"Tom Wu walked past a hospital in Oslo.",
			nil, []string{"Tom Wu -walk_past-> Oslo", "Tom Wu -walk_to-> Oslo"},
			"a site passed by is no end of the move"},
	})
}

// TestAsAfterApposition checks an appointment's as-phrase after an
// apposition of the appointee (whole55 round).
func TestAsAfterApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Motors named Tom Wu, a former banker, as its chief executive in 2019.",
			[]string{"Tom Wu -lead-> Halvik Motors"}, nil,
			"the as-phrase after the apposition gives the post"},
		{"The board appointed Ann Lee, a lawyer, as chairman of Velby Bank on Monday.",
			[]string{"Ann Lee -lead-> Velby Bank"}, nil,
			"the body after of in the as-phrase"},
		{"Halvik Motors praised Tom Wu, a former banker, as a reformer.",
			nil, []string{"Tom Wu -lead-> Halvik Motors", "Tom Wu -work_for-> Halvik Motors"},
			"no appointment: no post"},
	})
}

// TestDistrictCapital checks "the capital" taking up a capital named with
// its district ("Washington, D.C."), and not one named after it (whole55
// round).
func TestDistrictCapital(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Thousands rallied in the US capital city of Washington, DC on Saturday. Tom Wu lashed out at the capital city's Democratic mayor Ann Lee on Twitter.",
			[]string{"Ann Lee -lead-> Washington D.C."}, nil,
			"a capital named with its district is the one the capital's mayor leads"},
		{"Ann Lee flew from Washington, D.C. to Oslo. Tom Wu travelled from Herat to the capital in Kabul.",
			nil, []string{"Washington D.C. -locate_in-> Kabul", "Tom Wu -travel_to-> Washington D.C."},
			"a capital named after 'in' is not the one named before"},
	})
}
