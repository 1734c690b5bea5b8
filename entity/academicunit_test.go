package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAcademicUnitAt checks that a university's unit named by its field
// ("the Faculty of Arts at Oslo University", "the Centre for Ocean Studies
// at the University of Bergen") is part of the university,
// not located in it, on sentences written for this test.
func TestAcademicUnitAt(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nTom Wu, a professor in the Faculty of Arts at Oslo University, said the vote was fair.",
			[]string{"Faculty of Arts -part_of-> Oslo University", "Tom Wu -work_for-> Faculty of Arts"}, nil,
			"a faculty at a university"},
		{"Report\n\nTom Wu, head of the School of Medicine at Oslo University, said the vote was fair.",
			[]string{"School of Medicine -part_of-> Oslo University"}, []string{"School of Medicine -locate_in-> Oslo University"},
			"a school at a university is its unit"},
		{"Report\n\nTom Wu of the Institute of Marine Biology at the University of Oslo said the fish had gone.",
			[]string{"Institute of Marine Biology -part_of-> University of Oslo"}, []string{"Institute of Marine Biology -locate_in-> University of Oslo"},
			"an institute at a university is its unit"},
		{"Report\n\nAnn Lee of the Halvik School of Marine Science at Lund University said the fish had gone.",
			[]string{"Halvik School of Marine Science -part_of-> Lund University"}, nil,
			"a unit named for a donor"},
		{"Report\n\nThe study was led by the Centre for Ocean Studies at the University of Bergen.",
			[]string{"Centre for Ocean Studies -part_of-> University of Bergen"}, nil,
			"a centre for a field"},
		{"Report\n\nThe Lund Art Museum at Halden College opened in May.",
			[]string{"Lund Art Museum -locate_in-> Halden College"}, []string{"Lund Art Museum -part_of-> Halden College"},
			"a museum housed at a college stays located there"},
	})
}
