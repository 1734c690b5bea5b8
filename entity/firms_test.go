package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFirmExamples covers the firms listed as examples of a state's firms
// ("German firms including ..."): each is an organisation, in the state.
func TestFirmExamples(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway tightens export rules\n\nNorwegian firms including Halvik Rail, Velby Marine, Kestrel, and Brenna Foods have announced plans to leave Russia.",
			[]string{"Halvik Rail -locate_in-> Norway", "Velby Marine -locate_in-> Norway", "Kestrel -locate_in-> Norway", "Brenna Foods -locate_in-> Norway"},
			nil,
			"every firm listed after a nationality's firms and including is an organisation of the state"},
		{"Swedish companies, such as Lund Steel and Orsa Timber, said the new tariffs would hurt them.",
			[]string{"Lund Steel -locate_in-> Sweden", "Orsa Timber -locate_in-> Sweden"},
			nil,
			"such as, after a comma, lists examples too"},
		{"Several firms including Halvik Rail and Velby Marine signed the deal with Norway.",
			nil,
			[]string{"Halvik Rail -locate_in-> Norway", "Velby Marine -locate_in-> Norway"},
			"firms named by no nationality are in no state"},
		{"Danish retail chains Halvik and Velby Mart cut their prices on Monday.",
			[]string{"Halvik -locate_in-> Denmark", "Velby Mart -locate_in-> Denmark"},
			nil,
			"a list of names right after a nationality's plural noun of firms: each is in the state"},
		{"Norwegian companies Halvik Air, Orsa Timber and Kestrel Foods raised prices.",
			[]string{"Halvik Air -locate_in-> Norway", "Orsa Timber -locate_in-> Norway", "Kestrel Foods -locate_in-> Norway"},
			nil,
			"every member of a longer list, too"},
		{"Online Swedish supermarket Brenna Mart limited sales of flour.",
			[]string{"Brenna Mart -locate_in-> Sweden"},
			nil,
			"a supermarket is a body a nationality places"},
		{"Norwegian firms sued Halvik Air and Velby Mart last year.",
			nil,
			[]string{"Halvik Air -locate_in-> Norway", "Velby Mart -locate_in-> Norway"},
			"names after a verb are no list in apposition"},
		{"Norwegian officials including Tom Wu and Ann Lee met the minister.",
			nil,
			[]string{"Tom Wu -locate_in-> Norway", "Ann Lee -locate_in-> Norway"},
			"officials are no firms"},
	})
}
